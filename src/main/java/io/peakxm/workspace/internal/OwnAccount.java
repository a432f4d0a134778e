package io.peakxm.workspace.internal;

import java.time.Clock;

import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.Violations;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditActions;
import io.peakxm.workspace.AuditLog;
import io.peakxm.workspace.CurrentActor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What signed-in users change about themselves: password, language, current workspace.
 */
@Service
public class OwnAccount {

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final Clock clock;

	OwnAccount(UserAccounts accounts, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	public void changePassword(String currentPassword, String newPassword, String confirmation) {
		Actor actor = requireUser();
		UserAccount account = accounts.findById(actor.userId()).orElseThrow();
		Violations violations = new Violations();
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
			violations.add("currentPassword", "password.currentWrong");
		}
		PasswordPolicy.check("newPassword", newPassword, account.email(), violations);
		if (newPassword != null && !newPassword.equals(confirmation)) {
			violations.add("confirmation", "password.mismatch");
		}
		if (newPassword != null && currentPassword != null && newPassword.equals(currentPassword)) {
			violations.add("newPassword", "password.unchanged");
		}
		violations.throwIfAny();
		accounts.updatePassword(account.id(), passwordEncoder.encode(newPassword), clock.instant());
		if (actor.hasWorkspace()) {
			auditLog.record(AuditActions.PASSWORD_CHANGED, account.email(), null);
		}
	}

	/**
	 * Saves the preferred UI language of a signed-in user; returns the normalized tag.
	 */
	@Transactional
	public String saveLanguage(long userId, String language) {
		String tag = io.peakxm.shared.Languages.normalize(language);
		accounts.updateLocale(userId, tag);
		return tag;
	}

	@Transactional
	public void rememberWorkspace(long userId, long workspaceId) {
		accounts.updateLastWorkspace(userId, workspaceId);
	}

	private static Actor requireUser() {
		Actor actor = CurrentActor.require();
		if (actor.isToken()) {
			throw InvalidInputException.of("token", "account.tokenCannotChangePassword");
		}
		return actor;
	}

}
