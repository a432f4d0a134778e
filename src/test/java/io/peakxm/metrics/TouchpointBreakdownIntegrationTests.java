package io.peakxm.metrics;

import java.util.List;
import java.util.Map;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestEvents;
import io.peakxm.TestUsers;
import io.peakxm.response.CollectionChannel;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Submission;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A breakdown by touchpoint groups responses by the touchpoint their link or QR code was
 * placed at, and names each group by that touchpoint — not by the text of the question
 * that happens to link it.
 */
@PeakXmIntegrationTest
class TouchpointBreakdownIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SurveyDesigner designer;

	@Autowired
	ResponseRecorder recorder;

	@Test
	void groupsAreNamedByTheTouchpointTheResponseCameFrom() throws Exception {
		long airline = jdbc.sql("select min(id) from journey where published_version is not null")
			.query(Long.class)
			.single();
		Map<String, Object> touchpoint = jdbc.sql("""
				select id, name_en, name_zh from touchpoint where journey_id = :j and removed_at is null
				and name_zh is not null order by id""").param("j", airline).query().listOfRows().get(0);
		long touchpointId = ((Number) touchpoint.get("id")).longValue();
		Actor actor = TestUsers.demoActor(jdbc, Role.DESIGNER);
		Question asked = Question.builder("spot", QuestionType.CSAT)
			.text("How was it at this spot?", "这里怎么样？")
			.touchpoint(touchpointId)
			.build();
		long id = designer.create(actor,
				new SurveyDefinition("Spot check", null, null, null, null, null, airline, List.of(asked)));
		Survey survey = designer.open(actor, id,
				jdbc.sql("select revision from survey where id = :s").param("s", id).query(Integer.class).single());
		for (int i = 0; i < 3; i++) {
			recorder.submit(survey,
					Submission.builder(CollectionChannel.QR, "en")
						.touchpoint(touchpointId)
						.idempotencyKey("spot-" + id + "-" + i)
						.answers(Map.of("spot", List.of(String.valueOf(3 + i))))
						.build());
		}
		TestEvents.awaitCompletion(jdbc);

		mvc.perform(get("/api/v1/metrics/breakdown").session(TestUsers.signInDemo(mvc, Role.ANALYST))
			.param("survey", String.valueOf(id))
			.param("question", "spot")
			.param("by", "touchpoint"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groups.length()").value(1))
			.andExpect(jsonPath("$.groups[0].key").value(String.valueOf(touchpointId)))
			.andExpect(jsonPath("$.groups[0].label.en").value(touchpoint.get("name_en")))
			.andExpect(jsonPath("$.groups[0].label.zh").value(touchpoint.get("name_zh")))
			.andExpect(jsonPath("$.groups[0].figure.estimate.n").value(3));
	}

}
