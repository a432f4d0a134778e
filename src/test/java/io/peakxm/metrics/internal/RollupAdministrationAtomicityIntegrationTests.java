package io.peakxm.metrics.internal;

import java.util.List;

import io.peakxm.TestEvents;
import io.peakxm.fixtures.ResponseBuilder;
import io.peakxm.fixtures.SurveyBuilder;
import io.peakxm.metrics.RollupAdministration;
import io.peakxm.response.CollectionChannel;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/**
 * An administrator's change of the rollups happens whole or not at all: when recomputing
 * fails half-way (here made to fail for one survey, as a full disk or a bad stored value
 * would), nothing of the change remains.
 */
@MetricsModuleTest
class RollupAdministrationAtomicityIntegrationTests {

	/** The spy of {@link MetricsModuleTest}. */
	@Autowired
	RollupRebuild rebuild;

	@Autowired
	RollupAdministration administration;

	@Autowired
	SurveyDesigner designer;

	@Autowired
	Surveys surveys;

	@Autowired
	ResponseRecorder recorder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDimensionChangeWhoseRebuildFailsLeavesDimensionsAndRollupsAsTheyWere() {
		Survey survey = surveyWithResponses("atomic-dims");
		administration.setDimensions(admin(), survey.id(), List.of("cabin"));
		long rows = rollupRows(survey.id());
		doThrow(new IllegalStateException("rebuild failed")).when(rebuild).rebuild(anyLong(), eq(survey.id()));
		try {
			assertThatThrownBy(
					() -> administration.setDimensions(admin(), survey.id(), List.of("cabin", "travel_type")))
				.hasMessage("rebuild failed");
		}
		finally {
			doCallRealMethod().when(rebuild).rebuild(anyLong(), anyLong());
		}
		assertThat(administration.dimensions(admin(), survey.id())).containsExactly("cabin");
		assertThat(rollupRows(survey.id())).isEqualTo(rows);
	}

	@Test
	void aWorkspaceRebuildThatFailsForOneSurveyChangesNoSurvey() {
		Survey first = surveyWithResponses("atomic-first");
		Survey failing = surveyWithResponses("atomic-failing");
		// The first survey's rollups are lost (as if damaged); a rebuild that completes
		// would restore them.
		jdbc.sql("delete from metric_rollup where survey_id = :s").param("s", first.id()).update();
		long auditsBefore = rebuildAudits();
		doThrow(new IllegalStateException("rebuild failed")).when(rebuild).rebuild(anyLong(), eq(failing.id()));
		try {
			assertThatThrownBy(() -> administration.rebuild(admin())).hasMessage("rebuild failed");
		}
		finally {
			doCallRealMethod().when(rebuild).rebuild(anyLong(), anyLong());
		}
		assertThat(rollupRows(first.id())).as("the first survey's rebuild was rolled back").isZero();
		assertThat(rebuildAudits()).isEqualTo(auditsBefore);
		administration.rebuild(admin());
		assertThat(rollupRows(first.id())).isPositive();
	}

	private Survey surveyWithResponses(String prefix) {
		Actor admin = admin();
		long journey = jdbc.sql("select min(id) from journey where name = 'Fly with us' and workspace_id = :ws")
			.param("ws", admin.workspaceId())
			.query(Long.class)
			.single();
		Survey survey = SurveyBuilder.fromTemplate("post-flight").about(journey).open(designer, surveys, admin);
		for (int i = 0; i < 5; i++) {
			ResponseBuilder.response()
				.via(CollectionChannel.API)
				.answer("nps", i + 5)
				.hidden("cabin", "Economy")
				.hidden("travel_type", "Business")
				.key(prefix + "-" + survey.id() + "-" + i)
				.submit(recorder, survey);
		}
		TestEvents.awaitCompletion(jdbc);
		return survey;
	}

	private long rollupRows(long surveyId) {
		return jdbc.sql("select count(*) from metric_rollup where survey_id = :s")
			.param("s", surveyId)
			.query(Long.class)
			.single();
	}

	private long rebuildAudits() {
		return jdbc.sql("select count(*) from audit_event where action = 'metrics.rebuilt'").query(Long.class).single();
	}

	private Actor admin() {
		return io.peakxm.TestUsers.demoActor(jdbc, Role.ADMIN);
	}

}
