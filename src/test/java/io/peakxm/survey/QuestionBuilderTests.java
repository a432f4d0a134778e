package io.peakxm.survey;

import java.util.List;
import java.util.Locale;

import io.peakxm.survey.internal.SurveyDocuments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question built part by part is the one the flat constructor makes, and reads its
 * texts whole.
 */
class QuestionBuilderTests {

	private static final DisplayCondition WHEN_UNHAPPY = new DisplayCondition("nps",
			DisplayCondition.Operator.LESS_OR_EQUAL, List.of("6"));

	@Test
	void everyPartLandsInItsComponent() {
		List<ChoiceOption> rows = List.of(new ChoiceOption("desk", "Desk", "柜台", 7L));
		Question built = Question.builder("trip", QuestionType.MATRIX)
			.text("Rate", "评分")
			.required(true)
			.page(2)
			.touchpoint(3L)
			.rows(rows)
			.range(1.0, 9.0)
			.ratingStyle(Question.RatingStyle.STARS)
			.condition(WHEN_UNHAPPY)
			.build();
		assertThat(built).isEqualTo(new Question("trip", QuestionType.MATRIX, "Rate", "评分", true, 2, 3L, List.of(),
				false, rows, 1.0, 9.0, Question.RatingStyle.STARS, WHEN_UNHAPPY));
		assertThat(built.toBuilder().build()).isEqualTo(built);
		assertThat(built.withKey("trip2").key()).isEqualTo("trip2");
		assertThat(built.withKey("trip2").rows()).isEqualTo(rows);
	}

	@Test
	void defaultsAreThoseOfAnOptionalQuestionOnPageOne() {
		Question hidden = Question.builder("flight", QuestionType.HIDDEN).build();
		assertThat(hidden).isEqualTo(new Question("flight", QuestionType.HIDDEN, null, null, false, 1, null, null,
				false, null, null, null, null, null));
		assertThat(hidden.ratingStyle()).isEqualTo(Question.RatingStyle.NUMBERS);
	}

	@Test
	void textsAreReadWholeAndTheJsonStaysFlat() {
		Question question = Question.builder("nps", QuestionType.NPS).text("Recommend?", "推荐吗？").build();
		assertThat(question.text().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("推荐吗？");
		assertThat(question.text().in(Locale.ENGLISH)).isEqualTo("Recommend?");
		String json = SurveyDocuments.write(SurveyFixtures.survey(question));
		assertThat(json).contains("\"textEn\" : \"Recommend?\"", "\"textZh\" : \"推荐吗？\"").doesNotContain("\"text\"");
	}

}
