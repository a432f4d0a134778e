package io.peakxm.workspace.internal;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import io.peakxm.workspace.AuditActions;
import io.peakxm.workspace.AuditLog;
import io.peakxm.workspace.MembershipView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reacts to form sign-in: audits both outcomes, puts the user into their last workspace,
 * and answers every failure with the same page (only the right password of a disabled
 * account learns that it is disabled).
 */
@Component
class SignInOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SignInOutcomes.class);

	private final UserAccounts accounts;

	private final AuditLog auditLog;

	SignInOutcomes(UserAccounts accounts, AuditLog auditLog) {
		this.accounts = accounts;
		this.auditLog = auditLog;
		setDefaultTargetUrl("/");
	}

	@Override
	@Transactional
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		SignInAccount account = (SignInAccount) authentication.getPrincipal();
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

	/**
	 * Audits a counted failure in the workspaces of the account (if there is one: the
	 * same statements run for an unknown e-mail, so that they cost the same) and sends
	 * everybody to the same page.
	 */
	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof PasswordSignIn.FailedSignIn failed && failed.counted() != null) {
			String email = UserAccounts.normalizeEmail(Objects.toString(request.getParameter("username"), ""));
			SignInThrottle.Failure counted = failed.counted();
			auditLog.recordForAccount(email, AuditActions.SIGN_IN_FAILED, "attempt " + counted.failures());
			if (counted.throttlesEmail()) {
				auditLog.recordForAccount(email, AuditActions.SIGN_IN_THROTTLED, "until " + counted.throttledUntil());
			}
			if (counted.throttlesAddress()) {
				log.warn("Sign-in from {} throttled until {} after too many failures", request.getRemoteAddr(),
						counted.throttledUntil());
			}
		}
		boolean disabled = exception instanceof DisabledException;
		response.sendRedirect(request.getContextPath() + (disabled ? "/login?error=disabled" : "/login?error"));
	}

}
