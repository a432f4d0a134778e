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
 * Limits sign-in attempts per client address on this node, so that a flood of attempts cannot keep the password
 * hashing busy. Keyed by address only, so its refusal — the same page as every failed sign-in — tells nothing
 * about any account; failed sign-ins themselves are throttled by {@link SignInThrottle}.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final TokenBucketRateLimiter limiter;

	SignInThrottleFilter(int attemptsPerMinute, Clock clock) {
		this.limiter = new TokenBucketRateLimiter(attemptsPerMinute, 60_000, clock);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (limiter.tryAcquire(request.getRemoteAddr())) {
			chain.doFilter(request, response);
		}
		else {
			response.setHeader("Retry-After", String.valueOf(1 + limiter.retryAfterMillis(request.getRemoteAddr()) / 1000));
			response.sendRedirect(request.getContextPath() + "/login?error");
		}
	}
}
