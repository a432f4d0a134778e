package io.peakxm.survey;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which question rates a touchpoint, and where each version keeps that rating: the one
 * rule metrics and insight ask.
 */
class ScoreVectorTests {

	private static final long CHECK_IN = 7L;

	@Test
	void aTouchpointIsRatedByTheFirstFivePointSlotLinkedToIt() {
		SurveyDefinition survey = SurveyFixtures.survey(
				Question.builder("nps", QuestionType.NPS).text("Recommend?", null).touchpoint(CHECK_IN).build(),
				Question.builder("wait", QuestionType.NUMBER).text("Minutes?", null).touchpoint(CHECK_IN).build(),
				matrix("trip", row("desk", CHECK_IN), row("lounge", 8L)),
				Question.builder("csat", QuestionType.CSAT).text("Satisfied?", null).touchpoint(CHECK_IN).build());
		ScoreVector.Slot rating = ScoreVector.touchpointRating(survey, CHECK_IN).orElseThrow();
		assertThat(rating.questionKey()).isEqualTo("trip");
		assertThat(rating.rowKey()).isEqualTo("desk");
		assertThat(rating.ratesTouchpoint()).isTrue();
		assertThat(ScoreVector.touchpointRating(survey, 9L)).isEmpty();
	}

	@Test
	void eachVersionIsReadThroughTheQuestionThatRatesTheTouchpointNow() {
		SurveyDefinition current = SurveyFixtures.survey(matrix("trip", row("desk", CHECK_IN)));
		ScoreVector.Slot rating = ScoreVector.touchpointRating(current, CHECK_IN).orElseThrow();
		// An older version asked the same row without the link, after another scale
		// question.
		SurveyDefinition older = SurveyFixtures.survey(Question.builder("nps", QuestionType.NPS).build(),
				matrix("trip", row("lounge", null), row("desk", null)));
		assertThat(ScoreVector.positionOf(rating, ScoreVector.slots(older))).isEqualTo(2);
		// A version without the row, or with the key on another scale, keeps no rating of
		// it.
		SurveyDefinition without = SurveyFixtures.survey(matrix("trip", row("lounge", null)));
		assertThat(ScoreVector.positionOf(rating, ScoreVector.slots(without))).isEqualTo(-1);
		ScoreVector.Slot score = ScoreVector
			.touchpointRating(
					SurveyFixtures.survey(Question.builder("score", QuestionType.RATING).touchpoint(CHECK_IN).build()),
					CHECK_IN)
			.orElseThrow();
		SurveyDefinition otherScale = SurveyFixtures.survey(Question.builder("score", QuestionType.NPS).build());
		assertThat(ScoreVector.positionOf(score, ScoreVector.slots(otherScale))).isEqualTo(-1);
	}

	private static Question matrix(String key, ChoiceOption... rows) {
		return Question.builder(key, QuestionType.MATRIX).text("Rate", "评分").rows(List.of(rows)).build();
	}

	private static ChoiceOption row(String key, Long touchpointId) {
		return new ChoiceOption(key, key, null, touchpointId);
	}

}
