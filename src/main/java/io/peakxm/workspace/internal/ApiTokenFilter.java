package io.peakxm.workspace.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer pxm_…} requests by API token. A presented
 * but unusable token is answered with 401 and the reason (unknown, revoked, expired),
 * never silently treated as anonymous.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokenService tokens;

	private final ProblemResponses problems;

	ApiTokenFilter(ApiTokenService tokens, ProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader("Authorization").substring(7).trim();
		ApiTokenService.Check check = tokens.check(secret);
		if (check instanceof ApiTokenService.Check.Valid valid) {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new ActorAuthentication(valid.actor()));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
		else {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			problems.write(request, response, 401, "problem.unauthorized",
					((ApiTokenService.Check.Rejected) check).reasonCode());
		}
	}

}
