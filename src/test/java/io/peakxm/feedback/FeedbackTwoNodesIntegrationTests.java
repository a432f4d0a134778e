package io.peakxm.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.peakxm.PeakXmApplication;
import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.shared.PageRequest;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database (this test's context and a second one started
 * beside it, the demo left to the first): what one node stores, deletes or tags, the
 * other's search finds at once, and the same item sent to both at the same time is stored
 * once. Search keeps no index in a node's memory, so there is nothing to go stale.
 */
@PeakXmIntegrationTest
class FeedbackTwoNodesIntegrationTests {

	static ConfigurableApplicationContext nodeB;

	@Autowired
	Feedback feedbackA;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startSecondNode() {
		nodeB = new SpringApplicationBuilder(PeakXmApplication.class).profiles("test")
			.properties("server.port=0", "peakxm.demo.enabled=false", "spring.main.banner-mode=off")
			.run();
	}

	@AfterAll
	static void stopSecondNode() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@Test
	void eachNodeFindsWhatTheOtherStoredTaggedOrDeleted() throws Exception {
		Actor analyst = TestUsers.demoActor(jdbc, Role.ANALYST);
		Feedback feedbackB = nodeB.getBean(Feedback.class);
		Topics topicsB = nodeB.getBean(Topics.class);
		// Letters only: a long run of digits would be masked as personal data.
		String word = "zn" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
		long id = feedbackA.add(analyst, item(word + "-1", "The " + word + " lounge was closed"), null).item().id();
		List<FeedbackHit> onB = feedbackB.list(analyst, search(word), PageRequest.of(0, 10, 10)).items();
		assertThat(onB).extracting(h -> h.item().id()).containsExactly(id);
		assertThat(onB.get(0).parts()).anyMatch(p -> p.hit() && p.text().equalsIgnoreCase(word));
		// A topic made on node B (which re-tags on B) filters node A's inbox.
		long topic = topicsB.create(analyst, new Topics.TopicInput("Closed " + word, null, null, word)).id();
		FeedbackFilter byTopic = new FeedbackFilter(null, null, null, null, null, null, topic, null, null, null, null,
				null);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (feedbackA.list(analyst, byTopic, PageRequest.of(0, 10, 10)).total() == 0
				&& System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(feedbackA.list(analyst, byTopic, PageRequest.of(0, 10, 10)).items()).extracting(h -> h.item().id())
			.containsExactly(id);
		// Deleted on B: gone from A's search.
		feedbackB.delete(analyst, id);
		assertThat(feedbackA.list(analyst, search(word), PageRequest.of(0, 10, 10)).total()).isZero();
		// The same item sent to both nodes at once is stored once.
		ExecutorService both = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				NewFeedback same = item(word + "-race-" + round, "Seat " + word + " race " + round);
				List<Callable<Boolean>> sends = List.of(() -> feedbackA.add(analyst, same, null).duplicate(),
						() -> feedbackB.add(analyst, same, null).duplicate());
				List<Boolean> duplicates = new ArrayList<>();
				for (Future<Boolean> f : both.invokeAll(sends)) {
					duplicates.add(f.get());
				}
				assertThat(duplicates).as("round %d: one node created it, the other found it", round)
					.containsExactlyInAnyOrder(false, true);
			}
		}
		finally {
			both.shutdownNow();
		}
		assertThat(feedbackB.list(analyst, search("race " + word), PageRequest.of(0, 20, 20)).total()).isEqualTo(5);
	}

	private static FeedbackFilter search(String words) {
		return new FeedbackFilter(words, null, null, null, null, null, null, null, null, null, null, null);
	}

	private static NewFeedback item(String externalId, String text) {
		return new NewFeedback("review", externalId, null, null, null, null, text, null, Instant.now(), null, null,
				null, null, Map.of());
	}

}
