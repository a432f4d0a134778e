package io.peakxm.feedback.internal;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The one thread that turns survey comments into feedback. Text analysis is CPU work: on
 * the shared pool of event listeners it would take every processor during a burst of
 * submissions and hold the rollup listener's threads. Here it runs on its own thread, at
 * most {@link FeedbackProperties#commentShare()} of the time, with at most
 * {@link FeedbackProperties#commentBacklog()} batches waiting in memory; a batch beyond
 * that is analysed by the thread that committed it ({@link CommitterRuns}). A waiting
 * batch is only in memory, but its event publication stays open until its comments are
 * stored, so a restart republishes it.
 */
@Configuration(proxyBeanMethods = false)
class CommentIntake {

	/** The bean name of the executor, for {@code @Async}. */
	static final String EXECUTOR = "feedbackCommentIntake";

	static final String THREAD_PREFIX = "feedback-comments-";

	private static final Logger log = LoggerFactory.getLogger(CommentIntake.class);

	@Bean(EXECUTOR)
	ThreadPoolTaskExecutor feedbackCommentIntake(FeedbackProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(properties.commentBacklog());
		executor.setThreadNamePrefix(THREAD_PREFIX);
		executor.setDaemon(true);
		executor.setRejectedExecutionHandler(new CommitterRuns());
		return executor;
	}

	/**
	 * A batch beyond the backlog is analysed by the thread that committed it: submissions
	 * slow down to the pace comments are analysed instead of memory filling up, and no
	 * batch is dropped.
	 */
	static final class CommitterRuns extends ThreadPoolExecutor.CallerRunsPolicy {

		private final AtomicLong taken = new AtomicLong();

		private volatile long lastLog;

		/** Batches the committing threads analysed themselves since start. */
		long taken() {
			return taken.get();
		}

		@Override
		public void rejectedExecution(Runnable task, ThreadPoolExecutor executor) {
			long n = taken.incrementAndGet();
			long now = System.nanoTime();
			if (now - lastLog > Duration.ofMinutes(1).toNanos()) {
				lastLog = now;
				log.info("Survey comments arrive faster than they are analysed and {} batches wait: submissions"
						+ " analyse their own comments now ({} batches so far)", executor.getQueue().size(), n);
			}
			super.rejectedExecution(task, executor);
		}

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
			if (this.share >= 1 || !Thread.currentThread().getName().startsWith(THREAD_PREFIX)) {
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
