package io.peakxm.web;

import java.io.IOException;
import java.time.Clock;

import io.peakxm.shared.TokenBucketRateLimiter;
import io.peakxm.workspace.CurrentActor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits requests per minute: per user or token for API calls, per client address for
 * anonymous requests. Static assets are not counted.
 */
class RequestRateLimitFilter extends OncePerRequestFilter {

	private final TokenBucketRateLimiter perActor;

	private final TokenBucketRateLimiter perAddress;

	RequestRateLimitFilter(HttpLimitsProperties limits, Clock clock) {
		this.perActor = new TokenBucketRateLimiter(limits.apiRequestsPerMinute(), 60_000, clock);
		this.perAddress = new TokenBucketRateLimiter(limits.anonymousRequestsPerMinute(), 60_000, clock);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath();
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/") || path.startsWith("/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var actor = CurrentActor.find();
		boolean allowed;
		long retryAfter;
		if (actor.isPresent()) {
			String key = actor.get().isToken() ? "t" + actor.get().tokenId() : "u" + actor.get().userId();
			allowed = perActor.tryAcquire(key);
			retryAfter = allowed ? 0 : perActor.retryAfterMillis(key);
		}
		else {
			allowed = perAddress.tryAcquire(request.getRemoteAddr());
			retryAfter = allowed ? 0 : perAddress.retryAfterMillis(request.getRemoteAddr());
		}
		if (allowed) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(1 + retryAfter / 1000));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
					+ "\"detail\":\"Too many requests; try again in a moment.\"}");
	}

}
