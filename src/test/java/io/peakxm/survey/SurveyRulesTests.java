package io.peakxm.survey;

import java.util.List;

import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static io.peakxm.survey.SurveyFixtures.choice;
import static io.peakxm.survey.SurveyFixtures.matrix;
import static io.peakxm.survey.SurveyFixtures.question;
import static io.peakxm.survey.SurveyFixtures.shownWhen;
import static io.peakxm.survey.SurveyFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SurveyRulesTests {

	@Test
	void acceptsAWellFormedSurvey() {
		SurveyRules.check(survey(question("nps", QuestionType.NPS, true),
				choice("cabin", QuestionType.SINGLE_CHOICE, true, "eco", "biz"), matrix("tp", false, "checkin"),
				shownWhen(question("why", QuestionType.TEXT_LONG, false), "nps",
						DisplayCondition.Operator.LESS_OR_EQUAL, "6")));
	}

	@Test
	void rejectsDuplicateAndMalformedKeys() {
		assertThat(codes(survey(question("nps", QuestionType.NPS, true), question("nps", QuestionType.CSAT, true))))
			.containsExactly("survey.question.duplicateKey");
		assertThat(codes(survey(question("Bad Key", QuestionType.NPS, true))))
			.containsExactly("survey.question.keyInvalid");
	}

	@Test
	void choicesNeedTwoOptionsAndMatrixOneRow() {
		assertThat(codes(survey(choice("c", QuestionType.SINGLE_CHOICE, false, "only"))))
			.containsExactly("survey.question.tooFewOptions");
		assertThat(codes(survey(matrix("m", false)))).containsExactly("survey.question.tooFewOptions");
	}

	@Test
	void conditionsMustReferToAnEarlierQuestionWithAFittingValue() {
		assertThat(
				codes(survey(
						shownWhen(question("why", QuestionType.TEXT_LONG, false), "nps",
								DisplayCondition.Operator.LESS_OR_EQUAL, "6"),
						question("nps", QuestionType.NPS, true))))
			.containsExactly("survey.condition.notEarlier");
		assertThat(codes(survey(question("nps", QuestionType.NPS, true),
				shownWhen(question("why", QuestionType.TEXT_LONG, false), "nps",
						DisplayCondition.Operator.LESS_OR_EQUAL, "six"))))
			.containsExactly("survey.condition.needsNumber");
		assertThat(codes(survey(choice("c", QuestionType.SINGLE_CHOICE, false, "a", "b"),
				shownWhen(question("why", QuestionType.TEXT_LONG, false), "c", DisplayCondition.Operator.ANY_OF, "z"))))
			.containsExactly("survey.condition.unknownOption");
	}

	@Test
	void needsATitleAndQuestionTexts() {
		SurveyDefinition untitled = new SurveyDefinition(" ", null, null, null, null, null, null,
				List.of(new Question("q", QuestionType.NPS, "", null, true, 1, null, List.of(), false, List.of(), null,
						null, null, null)));
		assertThat(codes(untitled)).containsExactly("survey.titleRequired", "survey.question.textRequired");
	}

	private static List<String> codes(SurveyDefinition survey) {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> SurveyRules.check(survey));
		return ex == null ? List.of() : ex.violations().stream().map(FieldViolation::code).toList();
	}

}
