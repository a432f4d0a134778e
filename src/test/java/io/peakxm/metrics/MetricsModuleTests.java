package io.peakxm.metrics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.peakxm.TestUsers;
import io.peakxm.fixtures.ResponseBuilder;
import io.peakxm.fixtures.SurveyBuilder;
import io.peakxm.metrics.internal.MetricsModuleTest;
import io.peakxm.response.ImportMapping;
import io.peakxm.response.Receipt;
import io.peakxm.response.ResponseBatchSubmitted;
import io.peakxm.response.ResponseImporter;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Responses;
import io.peakxm.response.ResponsesImported;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics module with the modules it depends on, and without the others (web, api,
 * insight): the response module's events keep the figures of the metrics facade up to
 * date. Written against the published events and the facade only, so the rollups' inside
 * may change freely.
 */
@MetricsModuleTest
class MetricsModuleTests {

	@Autowired
	Metrics metrics;

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
	JdbcClient jdbc;

	Actor actor;

	Survey survey;

	@BeforeEach
	void aSurveyWithoutResponses() {
		actor = TestUsers.demoActor(jdbc, Role.DESIGNER);
		survey = SurveyBuilder.survey("Module test").scale("nps", QuestionType.NPS).open(designer, surveys, actor);
	}

	@Test
	void aSubmittedResponseIsCountedOnceItsBatchEventIsHandled(Scenario scenario) {
		scenario.stimulate(() -> ResponseBuilder.response().answer("nps", 10).submit(recorder, survey))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(this::answers, n -> n == 1)
			.andVerifyEvents(events -> assertThat(events).contains(ResponseBatchSubmitted.class)
				.matching(e -> e.responses().get(0).surveyId() == survey.id()));
		assertThat(npsTile().estimate().value()).isEqualTo(100.0);
	}

	@Test
	void anImportIsCountedOnceItsEventRebuildsTheSurveysFigures(Scenario scenario) {
		byte[] file = "nps\n10\n0\n9\n".getBytes(StandardCharsets.UTF_8);
		ImportMapping mapping = new ImportMapping(List.of(new ImportMapping.ColumnMapping("nps", "nps", List.of())),
				"en");

		scenario.stimulate(() -> importer.importFile(actor, survey.id(), "scores.csv", file, mapping))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(this::answers, n -> n == 3)
			.andVerifyEvents(events -> assertThat(events).contains(ResponsesImported.class)
				.matching(e -> e.surveyId() == survey.id() && e.count() == 3));
		// Two promoters and one detractor of three.
		assertThat(npsTile().estimate().value()).isCloseTo(33.33, org.assertj.core.api.Assertions.within(0.01));
	}

	@Test
	void aDeletedResponseIsTakenOutOfTheFigures(Scenario scenario) {
		List<Receipt> receipts = new ArrayList<>();
		scenario.stimulate(() -> {
			receipts.add(ResponseBuilder.response().answer("nps", 9).submit(recorder, survey));
			receipts.add(ResponseBuilder.response().answer("nps", 2).submit(recorder, survey));
		}).andWaitAtMost(Duration.ofSeconds(30)).andWaitForStateChange(this::answers, n -> n == 2);

		scenario.stimulate(() -> responses.delete(TestUsers.demoActor(jdbc, Role.ADMIN), receipts.get(1).responseId()))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(this::answers, n -> n == 1)
			.andVerify(n -> assertThat(npsTile().estimate().value()).isEqualTo(100.0));
	}

	private long answers() {
		return npsTile().estimate().n();
	}

	private Figure npsTile() {
		return metrics.overview(actor, survey, new MetricsQuery(survey.id(), null, null, null, null, null, null))
			.tiles()
			.get(0);
	}

}
