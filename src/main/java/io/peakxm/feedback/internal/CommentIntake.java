package io.peakxm.feedback.internal;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The one thread that turns survey comments into feedback. Text analysis is CPU work: on
 * the shared pool of event listeners it would take every processor during a burst of
 * submissions and hold the rollup listener's threads. Here it runs on its own thread, at
 * most {@link FeedbackProperties#commentShare()} of the time, and its waiting batches are
 * bounded ({@link FeedbackProperties#commentBacklog()}). A batch waits only in memory,
 * but its event publication stays open until its comments are stored, so a restart
 * republishes whatever was still waiting.
 */
@Configuration(proxyBeanMethods = false)
class CommentIntake {

	/** The bean name of the executor, for {@code @Async}. */
	static final String EXECUTOR = "feedbackCommentIntake";

	@Bean(EXECUTOR)
	ThreadPoolTaskExecutor feedbackCommentIntake(FeedbackProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(properties.commentBacklog());
		executor.setThreadNamePrefix("feedback-comments-");
		executor.setDaemon(true);
		// Beyond the backlog the committing thread does the batch itself: slower
		// submissions, never an event dropped.
		executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
		return executor;
	}

	/**
	 * Runs work and then, on the intake thread, rests so that work stays within the share
	 * of the time.
	 */
	static final class Pace {

		private final double share;

		Pace(double share) {
			this.share = share;
		}

		void run(Runnable work) {
			long start = System.nanoTime();
			work.run();
			if (this.share >= 1 || !Thread.currentThread().getName().startsWith("feedback-comments-")) {
				return;
			}
			Duration rest = rest(System.nanoTime() - start, this.share);
			if (rest.isZero()) {
				return;
			}
			try {
				Thread.sleep(rest.toMillis(), rest.toNanosPart() % 1_000_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		/**
		 * How long to rest after working {@code workedNanos} to keep to {@code share}.
		 */
		static Duration rest(long workedNanos, double share) {
			if (share >= 1 || workedNanos <= 0) {
				return Duration.ZERO;
			}
			return Duration.ofNanos((long) (workedNanos * (1 / share - 1)));
		}

	}

}
