package io.peakxm.workspace.internal;

import java.io.IOException;
import java.time.Clock;

import io.peakxm.shared.TokenBucketRateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits sign-in attempts and answers to invitation links per client address on this
 * node, so that a flood cannot keep the password hashing busy or try links at machine
 * speed. Keyed by address only, so its refusal — for sign-in the same page as every
 * failed sign-in — tells nothing about any account; failed sign-ins themselves are
 * throttled by {@link SignInThrottle}.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final TokenBucketRateLimiter limiter;

	SignInThrottleFilter(int attemptsPerMinute, Clock clock) {
		this.limiter = new TokenBucketRateLimiter(attemptsPerMinute, 60_000, clock);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath();
		return !("POST".equals(request.getMethod()) && ("/login".equals(path) || path.startsWith("/join/")));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (limiter.tryAcquire(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Retry-After", String.valueOf(1 + limiter.retryAfterMillis(request.getRemoteAddr()) / 1000));
		if ("/login".equals(request.getServletPath())) {
			response.sendRedirect(request.getContextPath() + "/login?error");
		}
		else {
			response.sendError(429);
		}
	}

}
