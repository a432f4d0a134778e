package io.peakxm.feedback.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestEvents;
import io.peakxm.TestUsers;
import io.peakxm.response.CollectionChannel;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Submission;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of survey comments that finds the intake's backlog full is not lost or held in
 * memory: the thread that committed it analyses it, while the intake's thread is busy.
 */
@PeakXmIntegrationTest
class CommentBacklogIntegrationTests {

	@Autowired
	@Qualifier(CommentIntake.EXECUTOR)
	ThreadPoolTaskExecutor intake;

	@Autowired
	ResponseRecorder recorder;

	@Autowired
	Surveys surveys;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBatchBeyondTheBacklogIsAnalysedByTheThreadThatCommittedIt() throws Exception {
		TestEvents.awaitCompletion(jdbc);
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch busy = new CountDownLatch(1);
		// The intake's thread is held, and its backlog filled.
		intake.execute(() -> {
			busy.countDown();
			await(release);
		});
		busy.await();
		while (intake.getThreadPoolExecutor().getQueue().remainingCapacity() > 0) {
			intake.execute(() -> {
			});
		}
		long before = taken();
		try {
			var admin = TestUsers.demoActor(jdbc, Role.ADMIN);
			long surveyId = jdbc
				.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
				.query(Long.class)
				.single();
			Survey survey = surveys.get(admin, surveyId);
			String comment = "Lounge backlog " + System.nanoTime();
			long response = recorder
				.submit(survey,
						Submission.builder(CollectionChannel.API, "en")
							.answers(Map.of("nps", List.of("3"), "went_wrong", List.of(comment)))
							.build())
				.responseId();
			// The intake's thread is still held: the comment was analysed elsewhere.
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (items(response) == 0 && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(items(response)).isEqualTo(1);
			assertThat(taken()).isGreaterThan(before);
			assertThat(intake.getActiveCount()).isEqualTo(1);
		}
		finally {
			release.countDown();
		}
		TestEvents.awaitCompletion(jdbc);
	}

	private long taken() {
		return ((CommentIntake.CommitterRuns) intake.getThreadPoolExecutor().getRejectedExecutionHandler()).taken();
	}

	private long items(long response) {
		return jdbc.sql("select count(*) from feedback_item where response_id = :r")
			.param("r", response)
			.query(Long.class)
			.single();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
