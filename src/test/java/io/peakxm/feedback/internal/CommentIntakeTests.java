package io.peakxm.feedback.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CommentIntakeTests {

	@Test
	void restKeepsWorkToItsShareOfTheTime() {
		assertThat(CommentIntake.Pace.rest(Duration.ofMillis(30).toNanos(), 0.5)).isEqualTo(Duration.ofMillis(30));
		assertThat(CommentIntake.Pace.rest(Duration.ofMillis(30).toNanos(), 0.25)).isEqualTo(Duration.ofMillis(90));
		assertThat(CommentIntake.Pace.rest(Duration.ofMillis(30).toNanos(), 1)).isZero();
		assertThat(CommentIntake.Pace.rest(0, 0.5)).isZero();
	}

	@Test
	void onlyTheIntakeThreadRests() throws Exception {
		CommentIntake.Pace pace = new CommentIntake.Pace(0.05);
		// On another thread (the committing thread, when the backlog is full) the work is
		// done without a rest.
		long start = System.nanoTime();
		pace.run(() -> sleep(20));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
		AtomicBoolean done = new AtomicBoolean();
		Thread intake = new Thread(() -> pace.run(() -> {
			sleep(20);
			done.set(true);
		}), "feedback-comments-1");
		long started = System.nanoTime();
		intake.start();
		intake.join();
		assertThat(done).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(20 * 20));
	}

	@Test
	void settingsOutOfRangeAreRefusedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FeedbackProperties("s", 25, 0, 10))
			.withMessageContaining("peakxm.feedback.comment-share");
		assertThatIllegalArgumentException().isThrownBy(() -> new FeedbackProperties("s", 25, 1.5, 10))
			.withMessageContaining("peakxm.feedback.comment-share");
		assertThatIllegalArgumentException().isThrownBy(() -> new FeedbackProperties("s", 25, 0.5, 0))
			.withMessageContaining("peakxm.feedback.comment-backlog");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
