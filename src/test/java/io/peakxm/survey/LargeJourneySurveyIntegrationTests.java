package io.peakxm.survey;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.peakxm.AirlineFile;
import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestEvents;
import io.peakxm.TestUsers;
import io.peakxm.journey.Channel;
import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.JourneyDesigner;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.Stage;
import io.peakxm.journey.Touchpoint;
import io.peakxm.metrics.Metrics;
import io.peakxm.metrics.MetricsQuery;
import io.peakxm.metrics.TouchpointScore;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Submission;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The post-flight template on a journey of 120 touchpoints (more than one matrix holds):
 * the survey is created valid, rates every touchpoint once and in journey order, and its
 * answers reach the touchpoint dashboard and the emotional curve like those of a
 * one-matrix survey.
 */
@PeakXmIntegrationTest
class LargeJourneySurveyIntegrationTests {

	static final int STAGES = 3;

	static final int PER_STAGE = 40;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JourneyDesigner journeyDesigner;

	@Autowired
	Journeys journeys;

	@Autowired
	SurveyDesigner surveyDesigner;

	@Autowired
	Surveys surveys;

	@Autowired
	ResponseRecorder recorder;

	@Autowired
	Metrics metrics;

	@Test
	void thePostFlightTemplateRatesEveryTouchpointOfA120TouchpointJourneyAndItsAnswersReachDashboardsAndInsights()
			throws Exception {
		Actor designer = AirlineFile.designer(jdbc);
		List<Stage> stages = new ArrayList<>();
		for (int s = 1; s <= STAGES; s++) {
			List<Touchpoint> touchpoints = new ArrayList<>();
			for (int t = 1; t <= PER_STAGE; t++) {
				touchpoints.add(new Touchpoint(null, "Stage " + s + " moment " + t, null, null, Channel.IN_PERSON, null,
						null, null, null, 0, false, s == STAGES && t == PER_STAGE, null));
			}
			stages.add(new Stage(null, "Stage " + s, "阶段 " + s, null, null, null, null, null, touchpoints));
		}
		long journeyId = journeyDesigner.create(designer,
				new JourneyDesign("Long trip " + System.nanoTime(), null, null, null, null, stages));
		List<Long> inJourneyOrder = journeys.get(designer, journeyId)
			.design()
			.touchpointsInOrder()
			.stream()
			.map(Touchpoint::id)
			.toList();
		assertThat(inJourneyOrder).hasSize(STAGES * PER_STAGE);

		long surveyId = surveyDesigner.createFromTemplate(designer, "post-flight", journeyId);
		Survey draft = surveys.get(designer, surveyId);
		List<Question> matrices = draft.definition()
			.questions()
			.stream()
			.filter(q -> q.type() == QuestionType.MATRIX)
			.toList();
		assertThat(matrices).hasSize(STAGES);
		assertThat(matrices.stream().flatMap(q -> q.rows().stream()).map(ChoiceOption::touchpointId).toList())
			.isEqualTo(inJourneyOrder);
		Survey survey = surveyDesigner.open(designer, surveyId, draft.revision());

		// Ratings with a known mean per touchpoint: touchpoint i gets 1 + (i + r) % 5
		// from respondent r.
		int respondents = 150;
		Random random = new Random(7);
		double[] sums = new double[inJourneyOrder.size()];
		for (int r = 0; r < respondents; r++) {
			Map<String, List<String>> answers = new HashMap<>();
			answers.put("nps", List.of(String.valueOf(random.nextInt(11))));
			int i = 0;
			for (Question matrix : matrices) {
				for (ChoiceOption row : matrix.rows()) {
					int rating = 1 + (i + r) % 5;
					sums[i++] += rating;
					answers.put(matrix.key() + "." + row.key(), List.of(String.valueOf(rating)));
				}
			}
			recorder.submit(survey, new Submission(io.peakxm.response.CollectionChannel.LINK, "en", null, null,
					"long-" + r, "long-" + surveyId + "-" + r, null, answers, Map.of()));
		}
		TestEvents.awaitCompletion(jdbc);

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		var analyst = AirlineFile.analyst(jdbc);
		var query = new MetricsQuery(surveyId, today.minusDays(1), today.plusDays(1), null, null, null, null);
		List<TouchpointScore> scores = metrics.touchpoints(analyst, metrics.survey(analyst, query), query);
		assertThat(scores).extracting(TouchpointScore::touchpointId).isEqualTo(inJourneyOrder);
		for (int i = 0; i < scores.size(); i++) {
			assertThat(scores.get(i).mean().estimate().n()).isEqualTo(respondents);
			assertThat(scores.get(i).mean().estimate().value()).isCloseTo(sums[i] / respondents, within(1e-9));
		}

		String curve = mvc
			.perform(get("/api/v1/insights/curve").param("survey", String.valueOf(surveyId))
				.session(TestUsers.signInDemo(mvc, Role.ANALYST)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Long> onCurve = new ArrayList<>();
		for (JsonNode point : JsonMapper.builder().build().readTree(curve).get("points")) {
			onCurve.add(point.get("touchpointId").asLong());
		}
		assertThat(onCurve).isEqualTo(inJourneyOrder);
	}

}
