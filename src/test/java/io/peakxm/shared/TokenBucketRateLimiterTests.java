package io.peakxm.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketRateLimiterTests {

	final AtomicLong now = new AtomicLong(1_000_000);

	final Clock clock = new Clock() {
		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.ofEpochMilli(now.get());
		}
	};

	@Test
	void allowsABurstUpToCapacityThenRefusesUntilRefilled() {
		TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(3, 60_000, clock);
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isFalse();
		assertThat(limiter.retryAfterMillis("a")).isEqualTo(20_000);
		now.addAndGet(20_000);
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isFalse();
	}

	@Test
	void keysHaveSeparateBuckets() {
		TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(1, 1_000, clock);
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("b")).isTrue();
		assertThat(limiter.tryAcquire("a")).isFalse();
	}

	@Test
	void refillNeverExceedsCapacity() {
		TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(2, 1_000, clock);
		limiter.tryAcquire("a");
		now.addAndGet(3_600_000);
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isFalse();
	}

}
