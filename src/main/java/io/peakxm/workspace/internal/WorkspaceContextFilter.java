package io.peakxm.workspace.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import io.peakxm.workspace.Actor;
import io.peakxm.workspace.MembershipView;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns the session's signed-in user into an {@link Actor} for this request: the current
 * workspace from the session, the role from the database. A role change, a disabled
 * membership or a removed workspace therefore takes effect on the next request, not at
 * the next sign-in. The session itself keeps only the user id.
 */
class WorkspaceContextFilter extends OncePerRequestFilter {

	static final String SESSION_WORKSPACE = io.peakxm.workspace.Workspaces.CURRENT_WORKSPACE;

	private final UserAccounts accounts;

	WorkspaceContextFilter(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignInAccount account) {
			Optional<UserAccount> user = accounts.findById(account.userId());
			List<MembershipView> memberships = user.isPresent() ? accounts.activeMemberships(account.userId())
					: List.of();
			HttpSession session = request.getSession(false);
			if (memberships.isEmpty() || session == null) {
				// No workspace left to work in: end the session, as if signed out by an
				// administrator.
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
			}
			else {
				Object wanted = session.getAttribute(SESSION_WORKSPACE);
				MembershipView current = memberships.stream()
					.filter(m -> wanted instanceof Long id && m.workspaceId() == id)
					.findFirst()
					.orElse(memberships.get(0));
				session.setAttribute(SESSION_WORKSPACE, current.workspaceId());
				request.setAttribute(io.peakxm.workspace.Workspaces.MEMBERSHIPS, memberships);
				UserAccount u = user.get();
				Actor actor = Actor.ofUser(u.id(), u.email(), u.displayName(), current.workspaceId(),
						current.workspaceName(), current.role(), u.locale());
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(new ActorAuthentication(actor));
				SecurityContextHolder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}

}
