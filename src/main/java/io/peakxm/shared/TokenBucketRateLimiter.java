package io.peakxm.shared;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (e.g. client address): {@code capacity} requests at once,
 * refilled at {@code capacity / period}. Buckets live in this node's memory; each node
 * limits on its own, which bounds the whole cluster at nodes × capacity.
 */
public final class TokenBucketRateLimiter {

	private static final int MAX_KEYS = 100_000;

	private final int capacity;

	private final double refillPerMilli;

	private final Clock clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	public TokenBucketRateLimiter(int capacity, long periodMillis, Clock clock) {
		if (capacity < 1 || periodMillis < 1) {
			throw new IllegalArgumentException("capacity and period must be positive");
		}
		this.capacity = capacity;
		this.refillPerMilli = (double) capacity / periodMillis;
		this.clock = clock;
	}

	/** Takes one token for the key; false when the key has used up its allowance. */
	public boolean tryAcquire(String key) {
		long now = clock.millis();
		if (buckets.size() > MAX_KEYS) {
			buckets.entrySet().removeIf(e -> e.getValue().isFullAt(now));
		}
		return buckets.computeIfAbsent(key, k -> new Bucket(capacity, now)).tryTake(now);
	}

	/** Milliseconds until the key gets its next token. */
	public long retryAfterMillis(String key) {
		Bucket bucket = buckets.get(key);
		return bucket == null ? 0 : bucket.millisUntilNextToken(clock.millis());
	}

	private final class Bucket {

		private double tokens;

		private long updatedAt;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.updatedAt = now;
		}

		synchronized boolean tryTake(long now) {
			refill(now);
			if (tokens >= 1) {
				tokens -= 1;
				return true;
			}
			return false;
		}

		synchronized boolean isFullAt(long now) {
			refill(now);
			return tokens >= capacity;
		}

		synchronized long millisUntilNextToken(long now) {
			refill(now);
			return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / refillPerMilli);
		}

		private void refill(long now) {
			if (now > updatedAt) {
				tokens = Math.min(capacity, tokens + (now - updatedAt) * refillPerMilli);
				updatedAt = now;
			}
		}

	}

}
