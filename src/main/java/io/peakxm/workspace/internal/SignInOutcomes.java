package io.peakxm.workspace.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.peakxm.workspace.AuditActions;
import io.peakxm.workspace.AuditLog;
import io.peakxm.workspace.MembershipView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reacts to form sign-in: counts failures and locks the account after too many, audits both outcomes, and
 * puts the user into their last workspace.
 */
@Component
class SignInOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SignInOutcomes.class);

	private final UserAccounts accounts;

	private final AuditLog auditLog;

	private final AccessProperties properties;

	private final Clock clock;

	SignInOutcomes(UserAccounts accounts, AuditLog auditLog, AccessProperties properties, Clock clock) {
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.properties = properties;
		this.clock = clock;
		setDefaultTargetUrl("/");
	}

	@Override
	@Transactional
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		SignInAccount account = (SignInAccount) authentication.getPrincipal();
		accounts.clearFailures(account.userId());
		UserAccount user = accounts.findById(account.userId()).orElseThrow();
		List<MembershipView> memberships = accounts.activeMemberships(account.userId());
		MembershipView current = memberships.stream()
			.filter(m -> user.lastWorkspaceId() != null && m.workspaceId() == user.lastWorkspaceId())
			.findFirst()
			.orElse(memberships.get(0));
		request.getSession().setAttribute(WorkspaceContextFilter.SESSION_WORKSPACE, current.workspaceId());
		auditLog.record(current.workspaceId(), user.id(), user.email(), AuditActions.SIGN_IN, user.email(), null);
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	@Transactional
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String email = UserAccounts.normalizeEmail(request.getParameter("username"));
		String reason = exception instanceof LockedException ? "locked"
				: exception instanceof DisabledException ? "disabled" : "bad";
		if ("bad".equals(reason) && email != null) {
			accounts.findByEmail(email).ifPresent(this::countFailure);
		}
		if (accounts.findByEmail(email).isEmpty()) {
			log.info("Failed sign-in for an unknown e-mail from {}", request.getRemoteAddr());
		}
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}

	private void countFailure(UserAccount user) {
		int failures = accounts.recordFailure(user.id());
		List<MembershipView> memberships = accounts.activeMemberships(user.id());
		memberships.forEach(m -> auditLog.record(m.workspaceId(), user.id(), user.email(), AuditActions.SIGN_IN_FAILED,
				user.email(), "attempt " + failures));
		if (failures >= properties.security().maxFailedSignIns()) {
			Instant until = clock.instant().plus(properties.security().lockDuration());
			accounts.lockUntil(user.id(), until);
			memberships.forEach(m -> auditLog.record(m.workspaceId(), user.id(), user.email(),
					AuditActions.ACCOUNT_LOCKED, user.email(), "until " + until));
		}
	}
}
