package io.peakxm.metrics;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.response.ResponseBatchSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade from the per-response rollup listener: an outstanding publication for it
 * becomes a batch of one for the batch listener (migration V13), in a form the registry
 * can deserialize and deliver.
 */
@PeakXmIntegrationTest
class LegacyRollupEventsIntegrationTests {

	static final String OLD = "io.peakxm.metrics.internal.RollupMaintainer.on(io.peakxm.response.ResponseSubmitted)";

	static final String NEW = "io.peakxm.metrics.internal.RollupMaintainer.on(io.peakxm.response.ResponseBatchSubmitted)";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void anOutstandingPerResponsePublicationBecomesABatchOfOneForTheBatchListener() throws Exception {
		UUID pending = UUID.randomUUID();
		UUID done = UUID.randomUUID();
		String event = "{\"responseId\":4242,\"workspaceId\":2,\"surveyId\":1,\"surveyVersion\":1,\"touchpointId\":null,"
				+ "\"submittedAt\":\"2026-11-29T10:00:00Z\"}";
		for (UUID id : new UUID[] { pending, done }) {
			jdbc.sql(
					"""
							insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date)
							values (:id, :listener, 'io.peakxm.response.ResponseSubmitted', :event, current_timestamp,
							        case when :done then current_timestamp end)""")
				.param("id", id)
				.param("listener", OLD)
				.param("event", event)
				.param("done", id.equals(done))
				.update();
		}
		try {
			convertAndCheck(pending, done);
		}
		finally {
			jdbc.sql("delete from event_publication where id in (:ids)")
				.param("ids", java.util.List.of(pending, done))
				.update();
		}
	}

	private void convertAndCheck(UUID pending, UUID done) throws Exception {
		String migration = new ClassPathResource("db/migration/metrics/V13__rollup_events_per_batch.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		jdbc.sql(migration.replaceAll("(?m)^--.*$", "")).update();

		var converted = jdbc
			.sql("select listener_id, event_type, serialized_event from event_publication where id = :id")
			.param("id", pending)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.single();
		assertThat(converted[0]).isEqualTo(NEW);
		assertThat(converted[1]).isEqualTo(ResponseBatchSubmitted.class.getName());
		ResponseBatchSubmitted batch = json.readValue(converted[2], ResponseBatchSubmitted.class);
		assertThat(batch.responses()).singleElement().satisfies(r -> assertThat(r.responseId()).isEqualTo(4242));
		// Recorded without contents: the listener reads that response's answers back.
		assertThat(batch.contents()).isEmpty();
		assertThat(jdbc.sql("select listener_id from event_publication where id = :id")
			.param("id", done)
			.query(String.class)
			.single()).isEqualTo(OLD);
	}

}
