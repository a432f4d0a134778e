package io.peakxm.feedback.internal;

import java.time.Clock;
import java.util.List;

import io.peakxm.feedback.BulkResult;
import io.peakxm.journey.Journey;
import io.peakxm.journey.Journeys;
import io.peakxm.workspace.DemoWorkspaceCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo workspace's reviews and social posts ({@value #REVIEWS} over a year, in both
 * languages, about the airline journey's touchpoints) and a starter topic taxonomy.
 * Survey comments arrive by themselves from the demo's responses.
 */
@Component
class FeedbackDemo {

	static final int REVIEWS = 3_000;

	private static final Logger log = LoggerFactory.getLogger(FeedbackDemo.class);

	/** The starter taxonomy: English name, Chinese name, rule. */
	static final List<String[]> TOPICS = List.of(
			new String[] { "Delays", "延误", "delay OR delayed OR late OR 延误 OR 晚点 OR \"晚了\"" },
			new String[] { "Lost or damaged baggage", "行李丢失或破损",
					"(bag OR bags OR luggage OR 行李) AND (lost OR damaged OR 丢失 OR 破损)" },
			new String[] { "Waiting for baggage", "等行李", "(bags OR luggage OR 行李) AND (hour OR wait OR 一个多小时 OR 等)" },
			new String[] { "Staff friendliness", "员工态度", "friendly OR kind OR rude OR polite OR 热情 OR 态度 OR 耐心 OR 贴心" },
			new String[] { "Queues", "排队", "queue OR line OR 排队" });

	private final FeedbackWriter writer;

	private final TopicStore topics;

	private final Journeys journeys;

	private final Clock clock;

	FeedbackDemo(FeedbackWriter writer, TopicStore topics, Journeys journeys, Clock clock) {
		this.writer = writer;
		this.topics = topics;
		this.journeys = journeys;
		this.clock = clock;
	}

	@EventListener
	@Order(50)
	void on(DemoWorkspaceCreated event) {
		long started = System.nanoTime();
		for (String[] topic : TOPICS) {
			topics.insert(event.workspaceId(), null, topic[0], topic[1], topic[2], clock.instant());
		}
		Long airline = journeys.active(event.workspaceId())
			.stream()
			.filter(j -> j.design().touchpointsInOrder().stream().anyMatch(t -> DemoReviews.BAGGAGE.equals(t.nameEn())))
			.map(Journey::id)
			.findFirst()
			.orElse(null);
		BulkResult result = writer.add(event.workspaceId(),
				new DemoReviews(7, clock.instant()).generate(REVIEWS, airline), "items", null);
		log.info("Demo: {} reviews and posts analysed and stored in {} ms", result.created(),
				(System.nanoTime() - started) / 1_000_000);
	}

}
