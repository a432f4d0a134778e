package io.peakxm.metrics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestEvents;
import io.peakxm.metrics.internal.RollupRebuilder;
import io.peakxm.response.CollectionChannel;
import io.peakxm.response.ImportMapping;
import io.peakxm.response.ResponseImporter;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Submission;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding a survey's rollups (the administrators' action, a change of its dimensions,
 * an import) while respondents keep submitting must count every response exactly once:
 * the rollups then equal a rebuild made when all is quiet.
 */
@PeakXmIntegrationTest
class RollupRebuildUnderLoadIntegrationTests {

	private static final int WRITERS = 6;

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
	RollupAdministration administration;

	@Autowired
	RollupRebuilder maintainer;

	@Test
	void rebuildsDuringSubmissionsCountEveryResponseOnce() throws Exception {
		Survey survey = newSurvey();
		whileSubmitting(survey, () -> maintainer.rebuild(survey.workspaceId(), survey.id()));
		assertExact(survey);
	}

	@Test
	void dimensionChangesDuringSubmissionsCountEveryResponseOnce() throws Exception {
		Survey survey = newSurvey();
		AtomicInteger round = new AtomicInteger();
		whileSubmitting(survey, () -> administration.setDimensions(admin(), survey.id(),
				round.incrementAndGet() % 2 == 0 ? List.of("cabin") : List.of("cabin", "travel_type")));
		assertExact(survey);
	}

	@Test
	void importsDuringSubmissionsCountEveryResponseOnce() throws Exception {
		Survey survey = newSurvey();
		StringBuilder csv = new StringBuilder("nps,cabin\n");
		for (int i = 0; i < 40; i++) {
			csv.append(i % 11).append(',').append(i % 3 == 0 ? "Business" : "Economy").append('\n');
		}
		ImportMapping mapping = new ImportMapping(List.of(new ImportMapping.ColumnMapping("nps", "nps", List.of()),
				new ImportMapping.ColumnMapping("cabin", "cabin", List.of())), "en");
		whileSubmitting(survey, () -> importer.importFile(admin(), survey.id(), "load.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8), mapping));
		assertExact(survey);
	}

	/**
	 * Submits from several threads while running the action again and again, then waits
	 * for the rollups.
	 */
	private void whileSubmitting(Survey survey, Runnable action) throws Exception {
		List<ChoiceOption> rows = survey.definition().question("touchpoints").orElseThrow().rows();
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger sequence = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		List<Future<?>> writers = new ArrayList<>();
		for (int t = 0; t < WRITERS; t++) {
			writers.add(pool.submit(() -> {
				while (running.get()) {
					int n = sequence.incrementAndGet();
					Map<String, List<String>> answers = new HashMap<>();
					answers.put("nps", List.of(String.valueOf(n % 11)));
					answers.put("touchpoints." + rows.get(n % rows.size()).key(), List.of(String.valueOf(1 + n % 5)));
					recorder.submit(survey,
							new Submission(CollectionChannel.API, "en", null, null, null,
									"load-" + survey.id() + "-" + n, null, answers,
									Map.of("cabin", n % 2 == 0 ? "Business" : "Economy", "travel_type",
											n % 3 == 0 ? "Business" : "Personal")));
				}
				return null;
			}));
		}
		try {
			// At least 12 times, and on until the writers have submitted enough during
			// them
			// (a fast rebuild can end 12 runs before they have).
			for (int i = 0; i < 12 || (sequence.get() <= WRITERS * 12 && i < 200); i++) {
				Thread.sleep(40);
				action.run();
			}
			// An import's rebuild runs after its commit: keep submitting until those
			// rebuilds are done.
			awaitImportRebuilds();
		}
		finally {
			running.set(false);
			for (Future<?> writer : writers) {
				writer.get(60, TimeUnit.SECONDS);
			}
			pool.shutdown();
		}
		assertThat(sequence.get()).as("responses submitted during the rebuilds").isGreaterThan(WRITERS * 12);
		TestEvents.awaitCompletion(jdbc);
	}

	private void awaitImportRebuilds() throws InterruptedException {
		for (int i = 0; i < 600 && jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and event_type like '%ResponsesImported'""")
			.query(Long.class)
			.single() > 0; i++) {
			Thread.sleep(50);
		}
	}

	private void assertExact(Survey survey) {
		long answeredNps = jdbc.sql("""
				select count(*) from response r where r.survey_id = :s
				  and exists (select 1 from response_answer a where a.response_id = r.id and a.question_key = 'nps')""")
			.param("s", survey.id())
			.query(Long.class)
			.single();
		assertThat(RollupSnapshots.counted(jdbc, survey.id(), "nps")).as("NPS answers counted in the rollups")
			.isEqualTo(answeredNps);
		Map<String, String> kept = RollupSnapshots.fine(jdbc, survey.id());
		Map<String, String> keptDays = RollupSnapshots.days(jdbc, survey.id());
		maintainer.rebuild(survey.workspaceId(), survey.id());
		assertThat(kept).isEqualTo(RollupSnapshots.fine(jdbc, survey.id()));
		assertThat(keptDays).isEqualTo(RollupSnapshots.days(jdbc, survey.id()));
	}

	private Survey newSurvey() {
		Actor admin = admin();
		long journey = jdbc.sql("select min(id) from journey where name = 'Fly with us' and workspace_id = :ws")
			.param("ws", admin.workspaceId())
			.query(Long.class)
			.single();
		long id = designer.createFromTemplate(admin, "post-flight", journey);
		Survey survey = designer.open(admin, id, surveys.get(admin, id).revision());
		administration.setDimensions(admin, survey.id(), List.of("cabin"));
		return survey;
	}

	private Actor admin() {
		return io.peakxm.TestUsers.demoActor(jdbc, Role.ADMIN);
	}

}
