package io.peakxm.metrics.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestEvents;
import io.peakxm.TestUsers;
import io.peakxm.response.CollectionChannel;
import io.peakxm.response.ImportMapping;
import io.peakxm.response.ResponseImporter;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Submission;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names the event publication registry stores are part of the schema
 * (docs/metrics.md, "Stored names"): a publication outstanding at an upgrade is delivered
 * only if its listener id and event type still name a listener and a class. This test
 * fails when one of them changes, so the change comes with a migration of the stored
 * rows.
 */
@PeakXmIntegrationTest
class StoredEventNamesIntegrationTests {

	/** Listener id → event type, as stored in {@code event_publication}. */
	static final Map<String, String> STORED = Map.of("metrics.rollups.add-submitted",
			"io.peakxm.response.ResponseBatchSubmitted", "metrics.rollups.rebuild-imported",
			"io.peakxm.response.ResponsesImported", "feedback.comments.add-submitted",
			"io.peakxm.response.ResponseBatchSubmitted", "feedback.comments.add-imported",
			"io.peakxm.response.ResponsesImported");

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

	@Test
	void aSubmissionAndAnImportStoreTheDocumentedNames() {
		Actor admin = TestUsers.demoActor(jdbc, Role.ADMIN);
		long journey = jdbc.sql("select min(id) from journey where name = 'Fly with us' and workspace_id = :ws")
			.param("ws", admin.workspaceId())
			.query(Long.class)
			.single();
		long id = designer.createFromTemplate(admin, "post-flight", journey);
		Survey survey = designer.open(admin, id, surveys.get(admin, id).revision());
		recorder.submit(survey, new Submission(CollectionChannel.API, "en", null, null, null, "stored-names-" + id,
				null, Map.of("nps", List.of("9")), Map.of()));
		importer.importFile(admin, survey.id(), "names.csv", "nps\n7\n".getBytes(StandardCharsets.UTF_8),
				new ImportMapping(List.of(new ImportMapping.ColumnMapping("nps", "nps", List.of())), "en"));
		TestEvents.awaitCompletion(jdbc);

		Map<String, String> stored = new HashMap<>();
		jdbc.sql(
				"select distinct listener_id, event_type from event_publication where listener_id like 'metrics.%' or listener_id like 'feedback.%'")
			.query(rs -> {
				stored.put(rs.getString(1), rs.getString(2));
			});
		assertThat(stored).isEqualTo(STORED);
		assertThat(RollupMaintainer.BATCH_LISTENER).isEqualTo("metrics.rollups.add-submitted");
		assertThat(RollupMaintainer.IMPORT_LISTENER).isEqualTo("metrics.rollups.rebuild-imported");
		Set<String> others = new TreeSet<>(
				jdbc.sql("select distinct listener_id from event_publication").query(String.class).list());
		others.removeAll(STORED.keySet());
		// Listeners that tests declare (probes) are not the application's.
		others.removeIf(StoredEventNamesIntegrationTests::declaredByATest);
		assertThat(others).as("listeners with ids derived from class and method names").isEmpty();
	}

	@Test
	void anUpgradeMovesOutstandingPublicationsOfTheDerivedIdsToTheExplicitOnes() throws Exception {
		String batch = "io.peakxm.metrics.internal.RollupMaintainer.on(io.peakxm.response.ResponseBatchSubmitted)";
		String imported = "io.peakxm.metrics.internal.RollupMaintainer.on(io.peakxm.response.ResponsesImported)";
		UUID pendingBatch = UUID.randomUUID();
		UUID pendingImport = UUID.randomUUID();
		UUID done = UUID.randomUUID();
		insert(pendingBatch, batch, "io.peakxm.response.ResponseBatchSubmitted", false);
		insert(pendingImport, imported, "io.peakxm.response.ResponsesImported", false);
		insert(done, batch, "io.peakxm.response.ResponseBatchSubmitted", true);
		try {
			String migration = new ClassPathResource("db/migration/metrics/V17__explicit_rollup_listener_ids.sql")
				.getContentAsString(StandardCharsets.UTF_8);
			for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
				if (!statement.isBlank()) {
					jdbc.sql(statement).update();
				}
			}
			assertThat(listener(pendingBatch)).isEqualTo(RollupMaintainer.BATCH_LISTENER);
			assertThat(listener(pendingImport)).isEqualTo(RollupMaintainer.IMPORT_LISTENER);
			assertThat(listener(done)).as("completed publications are history").isEqualTo(batch);
		}
		finally {
			jdbc.sql("delete from event_publication where id in (:ids)")
				.param("ids", List.of(pendingBatch, pendingImport, done))
				.update();
		}
	}

	private void insert(UUID id, String listener, String type, boolean completed) {
		// Responses that do not exist: should the registry deliver them meanwhile, they
		// add nothing.
		String event = type.endsWith("ResponsesImported") ? "{\"workspaceId\":0,\"surveyId\":0,\"count\":0}"
				: "{\"responses\":[],\"contents\":[]}";
		jdbc.sql(
				"""
						insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date)
						values (:id, :listener, :type, :event, current_timestamp, case when :done then current_timestamp end)""")
			.param("id", id)
			.param("listener", listener)
			.param("type", type)
			.param("event", event)
			.param("done", completed)
			.update();
	}

	private String listener(UUID id) {
		return jdbc.sql("select listener_id from event_publication where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private static boolean declaredByATest(String listenerId) {
		int call = listenerId.indexOf('(');
		if (call < 0) {
			return false;
		}
		String type = listenerId.substring(0, listenerId.lastIndexOf('.', call));
		return java.nio.file.Files
			.exists(java.nio.file.Path.of("target/test-classes", type.replace('.', '/') + ".class"));
	}

}
