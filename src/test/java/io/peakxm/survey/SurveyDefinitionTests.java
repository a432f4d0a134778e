package io.peakxm.survey;

import io.peakxm.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import static io.peakxm.survey.SurveyFixtures.question;
import static io.peakxm.survey.SurveyFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyDefinitionTests {

	final SurveyDefinition base = survey(question("a", QuestionType.NPS, true), question("b", QuestionType.CSAT, false),
			question("c", QuestionType.TEXT_LONG, false));

	@Test
	void movesQuestionsWithinBounds() {
		assertThat(base.moveQuestion("c", -1).questions()).extracting(Question::key).containsExactly("a", "c", "b");
		assertThat(base.moveQuestion("a", -1).questions()).extracting(Question::key).containsExactly("a", "b", "c");
		assertThat(base.moveQuestion("c", 1).questions()).extracting(Question::key).containsExactly("a", "b", "c");
	}

	@Test
	void duplicatesAfterTheOriginalWithAFreeKey() {
		SurveyDefinition twice = base.duplicateQuestion("b").duplicateQuestion("b");
		assertThat(twice.questions()).extracting(Question::key).containsExactly("a", "b", "b_copy2", "b_copy", "c");
		SurveyRules.check(twice);
	}

	@Test
	void replacesAndRemovesByKey() {
		assertThat(base.replaceQuestion("b", question("b2", QuestionType.CES, true)).questions())
			.extracting(Question::key)
			.containsExactly("a", "b2", "c");
		assertThat(base.removeQuestion("a").questions()).extracting(Question::key).containsExactly("b", "c");
		assertThatThrownBy(() -> base.removeQuestion("zz")).isInstanceOf(NotFoundException.class);
	}

}
