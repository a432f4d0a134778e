package io.peakxm.workspace.internal;

import java.time.Clock;
import java.util.stream.Collectors;

import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.Violations;
import io.peakxm.workspace.AuditActions;
import io.peakxm.workspace.AuditLog;
import io.peakxm.workspace.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way back in when the administrator's password is lost (the generated one is printed
 * only on first start): with {@code peakxm.admin.reset-password}
 * ({@code PEAKXM_ADMIN_RESET_PASSWORD}) set, the account of {@code peakxm.admin.email}
 * gets that password at start — only an account that administers a workspace, only a
 * password that passes the password policy (otherwise PeakXM does not start, saying why),
 * audited as {@code user.password-reset} in each of the account's workspaces. Whoever
 * sets the variable controls the server already. A start whose password is already the
 * account's changes nothing, so leaving the variable set does not write the audit log at
 * every start; remove it once signed in, or the next start undoes a later change.
 */
@Component
@Order(1)
class AdministratorPasswordReset implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorPasswordReset.class);

	private final AccessProperties properties;

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final Clock clock;

	AdministratorPasswordReset(AccessProperties properties, UserAccounts accounts, PasswordEncoder passwordEncoder,
			AuditLog auditLog, Clock clock) {
		this.properties = properties;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String password = properties.admin().resetPassword();
		if (password != null && !password.isEmpty()) {
			reset(properties.admin().emailOrDefault(), password);
		}
	}

	/** Gives the administrator {@code email} the password; true when it changed. */
	boolean reset(String email, String password) {
		UserAccount account = accounts.findByEmail(email)
			.orElseThrow(() -> new IllegalStateException("PEAKXM_ADMIN_RESET_PASSWORD is set, but there is no account "
					+ email + " (PEAKXM_ADMIN_EMAIL) to reset"));
		boolean administrator = accounts.activeMemberships(account.id()).stream().anyMatch(m -> m.role() == Role.ADMIN);
		if (!administrator) {
			throw new IllegalStateException("PEAKXM_ADMIN_RESET_PASSWORD is set, but " + email
					+ " (PEAKXM_ADMIN_EMAIL) administers no workspace; only an administrator's password is reset");
		}
		Violations violations = new Violations();
		PasswordPolicy.check("resetPassword", password, account.email(), violations);
		try {
			violations.throwIfAny();
		}
		catch (InvalidInputException ex) {
			throw new IllegalStateException("PEAKXM_ADMIN_RESET_PASSWORD does not pass the password policy ("
					+ ex.violations().stream().map(FieldViolation::code).collect(Collectors.joining(", "))
					+ "): use at least " + PasswordPolicy.MIN_LENGTH
					+ " characters of three kinds (lower case, upper case, digits, others), not a common password");
		}
		if (passwordEncoder.matches(password, account.passwordHash())) {
			log.info("PEAKXM_ADMIN_RESET_PASSWORD is already the password of {}; remove the variable", email);
			return false;
		}
		accounts.updatePassword(account.id(), passwordEncoder.encode(password), clock.instant());
		auditLog.recordForAccount(account.email(), AuditActions.PASSWORD_RESET,
				"from PEAKXM_ADMIN_RESET_PASSWORD at start");
		log.warn("The password of {} was reset from PEAKXM_ADMIN_RESET_PASSWORD. Remove the variable now: while it is "
				+ "set, every start sets this password again.", email);
		return true;
	}

}
