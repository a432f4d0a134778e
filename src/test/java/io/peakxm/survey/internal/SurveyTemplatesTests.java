package io.peakxm.survey.internal;

import java.util.List;

import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.JourneyFixtures;
import io.peakxm.journey.Stage;
import io.peakxm.journey.JourneyRules;
import io.peakxm.journey.Touchpoint;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The post-flight template rates every touchpoint of a journey of any size the journey rules allow. */
class SurveyTemplatesTests {

	@Test
	void aJourneyOfUpToFiftyTouchpointsIsRatedInOneMatrix() {
		JourneyDesign journey = journey(5, 10);
		SurveyDefinition survey = SurveyTemplates.build("post-flight", 1L, journey);
		SurveyRules.check(survey);
		List<Question> matrices = matrices(survey);
		assertThat(matrices).extracting(Question::key).containsExactly("touchpoints");
		assertThat(ratedInOrder(matrices)).isEqualTo(ids(journey));
	}

	@Test
	void aLargerJourneyIsRatedInOneMatrixPerStageCoveringEveryTouchpointInOrder() {
		JourneyDesign journey = journey(3, 40);
		SurveyDefinition survey = SurveyTemplates.build("post-flight", 1L, journey);
		SurveyRules.check(survey);
		List<Question> matrices = matrices(survey);
		assertThat(matrices).extracting(Question::key).containsExactly("touchpoints_1", "touchpoints_2", "touchpoints_3");
		assertThat(matrices.get(1).textEn()).contains("Stage 2");
		assertThat(ratedInOrder(matrices)).hasSize(120).isEqualTo(ids(journey));
	}

	@Test
	void theLargestJourneyTheRulesAllowMakesAValidSurvey() {
		JourneyDesign journey = journey(JourneyRules.MAX_STAGES, JourneyRules.MAX_TOUCHPOINTS_PER_STAGE);
		SurveyDefinition survey = SurveyTemplates.build("post-flight", 1L, journey);
		SurveyRules.check(survey);
		assertThat(ratedInOrder(matrices(survey))).isEqualTo(ids(journey));
	}

	/** Stages "Stage 1" … with {@code perStage} touchpoints each, ids unique across the journey (1001, 1002, … 2001 …). */
	private static JourneyDesign journey(int stages, int perStage) {
		List<Stage> result = new java.util.ArrayList<>();
		for (int s = 1; s <= stages; s++) {
			List<Touchpoint> touchpoints = new java.util.ArrayList<>();
			for (int t = 1; t <= perStage; t++) {
				touchpoints.add(JourneyFixtures.touchpoint(s * 1000L + t, "S" + s + "T" + t));
			}
			touchpoints.add(0, touchpoints.remove(touchpoints.size() - 1));
			result.add(new Stage(100L + s, "Stage " + s, null, null, null, null, null, null, touchpoints));
		}
		return new JourneyDesign("Trip", null, null, null, null, result);
	}

	private static List<Question> matrices(SurveyDefinition survey) {
		return survey.questions().stream().filter(q -> q.type() == QuestionType.MATRIX).toList();
	}

	private static List<Long> ratedInOrder(List<Question> matrices) {
		return matrices.stream().flatMap(q -> q.rows().stream()).map(ChoiceOption::touchpointId).toList();
	}

	private static List<Long> ids(JourneyDesign journey) {
		return journey.touchpointsInOrder().stream().map(Touchpoint::id).toList();
	}
}
