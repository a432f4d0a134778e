package io.peakxm.metrics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.fixtures.ResponseBuilder;
import io.peakxm.fixtures.SurveyBuilder;
import io.peakxm.metrics.internal.RollupRebuilder;
import io.peakxm.response.CollectionChannel;
import io.peakxm.response.ImportMapping;
import io.peakxm.response.ResponseImporter;
import io.peakxm.response.ResponseBatchSubmitted;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.ResponseSubmitted;
import io.peakxm.response.Responses;
import io.peakxm.response.Submission;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rollups kept up to date piece by piece (after each committed batch of responses, on
 * imports, on deletes) must equal a recomputation from scratch, for all responses and per
 * dimension value.
 */
@PeakXmIntegrationTest
class RollupConsistencyIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SurveyDesigner designer;

	@Autowired
	Surveys surveys;

	@Autowired
	ResponseRecorder recorder;

	@Autowired
	ResponseImporter importer;

	@Autowired
	Responses responses;

	@Autowired
	RollupAdministration administration;

	@Autowired
	RollupRebuilder maintainer;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JsonMapper json;

	@Test
	void incrementalRollupsEqualAFullRecomputationAfterRandomInsertsImportsAndDeletes() throws Exception {
		Actor admin = admin();
		long journey = jdbc.sql("select min(id) from journey where name = 'Fly with us' and workspace_id = :ws")
			.param("ws", admin.workspaceId())
			.query(Long.class)
			.single();
		long id = designer.createFromTemplate(admin, "post-flight", journey);
		Survey survey = designer.open(admin, id, surveys.get(admin, id).revision());
		administration.setDimensions(admin, survey.id(), List.of("cabin", "travel_type"));
		List<ChoiceOption> rows = survey.definition().question("touchpoints").orElseThrow().rows();
		Random random = new Random(7);
		CollectionChannel[] channels = { CollectionChannel.LINK, CollectionChannel.QR, CollectionChannel.EMAIL,
				CollectionChannel.KIOSK };
		for (int i = 0; i < 120; i++) {
			Map<String, List<String>> answers = new HashMap<>();
			answers.put("nps", List.of(String.valueOf(random.nextInt(11))));
			for (ChoiceOption row : rows) {
				if (random.nextDouble() < 0.7) {
					answers.put("touchpoints." + row.key(), List.of(String.valueOf(1 + random.nextInt(5))));
				}
			}
			Map<String, String> hidden = Map.of("cabin", random.nextBoolean() ? "Business" : "Economy", "travel_type",
					random.nextBoolean() ? "Business" : "Personal");
			Instant at = Instant.now().minus(Duration.ofHours(random.nextInt(24 * 60)));
			recorder.submit(survey,
					new Submission(channels[random.nextInt(channels.length)], random.nextBoolean() ? "en" : "zh-CN",
							null, null, null, "roll-" + survey.id() + "-" + i, null, answers, hidden, at));
		}
		String csv = "nps,seat,cabin,when\n9,5,Business,2026-01-03\n3,,Economy,2026-01-03\n7,2,Economy,2026-02-11\n";
		importer
			.importFile(admin, survey.id(), "roll.csv", csv.getBytes(StandardCharsets.UTF_8),
					new ImportMapping(
							List.of(new ImportMapping.ColumnMapping("nps", "nps", List.of()),
									new ImportMapping.ColumnMapping("seat", "touchpoints." + rows.get(0).key(),
											List.of()),
									new ImportMapping.ColumnMapping("cabin", "cabin", List.of()),
									new ImportMapping.ColumnMapping("when", ImportMapping.SUBMITTED_AT, List.of())),
							"en"));
		io.peakxm.TestEvents.awaitCompletion(jdbc);
		List<Long> ids = new ArrayList<>(jdbc.sql("select id from response where survey_id = :s order by id")
			.param("s", survey.id())
			.query(Long.class)
			.list());
		for (int i = 0; i < 25; i++) {
			responses.delete(admin, ids.remove(random.nextInt(ids.size())));
		}
		for (int i = 120; i < 160; i++) {
			recorder.submit(survey,
					new Submission(CollectionChannel.API, "en", null, null, null, "roll-" + survey.id() + "-" + i, null,
							Map.of("nps", List.of(String.valueOf(i % 11))), Map.of("cabin", "Business"), null));
		}
		io.peakxm.TestEvents.awaitCompletion(jdbc);

		Map<String, String> incremental = snapshot(survey.id());
		Map<String, String> incrementalDays = snapshotDays(survey.id());
		assertThat(incremental).isNotEmpty();
		assertThat(incremental.keySet()).anyMatch(k -> k.startsWith("cabin|Business|"));
		maintainer.rebuild(survey.workspaceId(), survey.id());
		Map<String, String> recomputed = snapshot(survey.id());
		assertThat(incremental).isEqualTo(recomputed);
		assertThat(incrementalDays).isNotEmpty().isEqualTo(snapshotDays(survey.id()));
		long responsesLeft = jdbc.sql("select count(*) from response where survey_id = :s")
			.param("s", survey.id())
			.query(Long.class)
			.single();
		assertThat(jdbc
			.sql("select sum(n) from metric_rollup where survey_id = :s and dim_name = '' and question_key = 'nps'")
			.param("s", survey.id())
			.query(Long.class)
			.single()).isEqualTo(responsesLeft);
	}

	@Test
	void responsesCommittedTogetherAreCountedOnceEachAlsoWhenTheirBatchIsDeliveredAgain() throws Exception {
		Actor admin = admin();
		long journey = jdbc.sql("select min(id) from journey where name = 'Fly with us' and workspace_id = :ws")
			.param("ws", admin.workspaceId())
			.query(Long.class)
			.single();
		Survey survey = SurveyBuilder.fromTemplate("post-flight").about(journey).open(designer, surveys, admin);
		administration.setDimensions(admin, survey.id(), List.of("cabin"));
		List<ChoiceOption> rows = survey.definition().question("touchpoints").orElseThrow().rows();
		int submitters = 16;
		int each = 25;
		ExecutorService pool = Executors.newFixedThreadPool(submitters);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < submitters; t++) {
			int thread = t;
			done.add(pool.submit(() -> {
				start.await();
				for (int i = 0; i < each; i++) {
					int n = thread * each + i;
					ResponseBuilder.response()
						.via(CollectionChannel.API)
						.answer("nps", n % 11)
						.answer("touchpoints." + rows.get(n % rows.size()).key(), 1 + n % 5)
						.hidden("cabin", n % 2 == 0 ? "Business" : "Economy")
						.key("together-" + survey.id() + "-" + n)
						.submit(recorder, survey);
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> f : done) {
			f.get(120, TimeUnit.SECONDS);
		}
		pool.shutdown();
		io.peakxm.TestEvents.awaitCompletion(jdbc);
		long written = jdbc.sql("select count(*) from response where survey_id = :s")
			.param("s", survey.id())
			.query(Long.class)
			.single();
		assertThat(written).isEqualTo(submitters * each);
		// The writer committed them in batches, each one registry entry for the rollups,
		// not one per response.
		assertThat(jdbc.sql("""
				select count(*) from event_publication where event_type like '%ResponseBatchSubmitted'
				    and serialized_event like :s""")
			.param("s", "%\"surveyId\":" + survey.id() + ",%")
			.query(Long.class)
			.single()).isBetween(1L, written - 1);
		// As recorded for redelivery after a crash, a batch event carries each response's
		// answers and hidden fields.
		String recorded = jdbc.sql("""
				select serialized_event from event_publication where event_type like '%ResponseBatchSubmitted'
				    and serialized_event like :s order by publication_date fetch first 1 rows only""")
			.param("s", "%\"surveyId\":" + survey.id() + ",%")
			.query(String.class)
			.single();
		ResponseBatchSubmitted batch = json.readValue(recorded, ResponseBatchSubmitted.class);
		assertThat(batch.contents()).hasSameSizeAs(batch.responses()).allSatisfy(c -> {
			assertThat(c.fields()).containsKey("cabin");
			assertThat(c.answers()).anySatisfy(a -> assertThat(a.questionKey()).isEqualTo("nps"))
				.allSatisfy(a -> assertThat(a.number()).isNotNull());
		});
		Map<String, String> incremental = snapshot(survey.id());
		Map<String, String> incrementalDays = snapshotDays(survey.id());
		assertThat(jdbc
			.sql("select sum(n) from metric_rollup where survey_id = :s and dim_name = '' and question_key = 'nps'")
			.param("s", survey.id())
			.query(Long.class)
			.single()).isEqualTo(written);

		// Delivered again, as after a crash between the rollup commit and the registry's
		// completion mark: no change.
		List<ResponseSubmitted> all = jdbc.sql("""
				select id, workspace_id, survey_id, survey_version, touchpoint_id, submitted_at from response
				where survey_id = :s order by id""")
			.param("s", survey.id())
			.query((rs, i) -> new ResponseSubmitted(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
					(Long) rs.getObject(5, Long.class), rs.getTimestamp(6).toInstant()))
			.list();
		transactions.executeWithoutResult(status -> events.publishEvent(new ResponseBatchSubmitted(all, null)));
		io.peakxm.TestEvents.awaitCompletion(jdbc);
		assertThat(snapshot(survey.id())).isEqualTo(incremental);

		// The writer's events carry the answers; an event without them (recorded by an
		// earlier version) has the
		// answers and hidden fields read back, with the same sums.
		for (String table : List.of("metric_applied", "metric_rollup", "metric_rollup_day")) {
			jdbc.sql("delete from " + table + " where survey_id = :s").param("s", survey.id()).update();
		}
		transactions.executeWithoutResult(status -> events.publishEvent(new ResponseBatchSubmitted(all, null)));
		io.peakxm.TestEvents.awaitCompletion(jdbc);
		assertThat(snapshot(survey.id())).isEqualTo(incremental);
		assertThat(snapshotDays(survey.id())).isEqualTo(incrementalDays);

		maintainer.rebuild(survey.workspaceId(), survey.id());
		assertThat(incremental).isEqualTo(snapshot(survey.id()));
		assertThat(incrementalDays).isNotEmpty().isEqualTo(snapshotDays(survey.id()));
	}

	private Map<String, String> snapshot(long surveyId) {
		return RollupSnapshots.fine(jdbc, surveyId);
	}

	private Map<String, String> snapshotDays(long surveyId) {
		return RollupSnapshots.days(jdbc, surveyId);
	}

	private Actor admin() {
		return io.peakxm.TestUsers.demoActor(jdbc, Role.ADMIN);
	}

}
