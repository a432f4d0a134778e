package io.peakxm.survey;

import java.util.List;
import java.util.Map;

import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static io.peakxm.survey.DisplayCondition.Operator.ANY_OF;
import static io.peakxm.survey.DisplayCondition.Operator.LESS_OR_EQUAL;
import static io.peakxm.survey.SurveyFixtures.choice;
import static io.peakxm.survey.SurveyFixtures.matrix;
import static io.peakxm.survey.SurveyFixtures.question;
import static io.peakxm.survey.SurveyFixtures.raw;
import static io.peakxm.survey.SurveyFixtures.shownWhen;
import static io.peakxm.survey.SurveyFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ResponseValidatorTests {

	@Test
	void acceptsEachScaleOnlyWithinItsRange() {
		assertThat(valid(survey(question("nps", QuestionType.NPS, true)), raw("nps", "0"))).extracting(Answer::number)
			.containsExactly(0.0);
		assertThat(valid(survey(question("nps", QuestionType.NPS, true)), raw("nps", "10"))).hasSize(1);
		assertThat(codes(survey(question("nps", QuestionType.NPS, true)), raw("nps", "11")))
			.containsExactly("answer.outOfRange");
		assertThat(codes(survey(question("csat", QuestionType.CSAT, true)), raw("csat", "0")))
			.containsExactly("answer.outOfRange");
		assertThat(valid(survey(question("csat", QuestionType.CSAT, true)), raw("csat", "5"))).hasSize(1);
		assertThat(codes(survey(question("ces", QuestionType.CES, true)), raw("ces", "8")))
			.containsExactly("answer.outOfRange");
		assertThat(valid(survey(question("ces", QuestionType.CES, true)), raw("ces", "7"))).hasSize(1);
		assertThat(codes(survey(question("r", QuestionType.RATING, true)), raw("r", "6")))
			.containsExactly("answer.outOfRange");
	}

	@Test
	void scalesTakeWholeNumbersOnly() {
		assertThat(codes(survey(question("nps", QuestionType.NPS, true)), raw("nps", "8.5")))
			.containsExactly("answer.notANumber");
		assertThat(codes(survey(question("nps", QuestionType.NPS, true)), raw("nps", "nine")))
			.containsExactly("answer.notANumber");
		assertThat(codes(survey(question("nps", QuestionType.NPS, true)), raw("nps", "NaN")))
			.containsExactly("answer.notANumber");
	}

	@Test
	void requiredQuestionsMustBeAnsweredOptionalOnesMayBeSkipped() {
		assertThat(codes(survey(question("nps", QuestionType.NPS, true)), raw())).containsExactly("answer.required");
		assertThat(codes(survey(question("nps", QuestionType.NPS, true)), raw("nps", "  ")))
			.containsExactly("answer.required");
		assertThat(valid(survey(question("nps", QuestionType.NPS, false)), raw())).isEmpty();
	}

	@Test
	void singleChoiceTakesOneKnownOptionOrOtherWithText() {
		SurveyDefinition s = survey(choice("cabin", QuestionType.SINGLE_CHOICE, true, "eco", "biz"));
		assertThat(valid(s, raw("cabin", "biz"))).extracting(Answer::optionKey).containsExactly("biz");
		assertThat(codes(s, raw("cabin", "eco", "cabin", "biz"))).containsExactly("answer.oneChoice");
		assertThat(codes(s, raw("cabin", "first"))).containsExactly("answer.unknownOption");
		assertThat(valid(s, raw("cabin", "other", "cabin.other", "Premium"))).extracting(Answer::text)
			.containsExactly("Premium");
		assertThat(codes(s, raw("cabin", "other"))).containsExactly("answer.otherEmpty");
		SurveyDefinition noOther = survey(choice("cabin", QuestionType.SINGLE_CHOICE, false, "eco", "biz"));
		assertThat(codes(noOther, raw("cabin", "other", "cabin.other", "x"))).containsExactly("answer.unknownQuestion",
				"answer.unknownOption");
	}

	@Test
	void multipleChoiceTakesSeveralOptionsAndOther() {
		SurveyDefinition s = survey(choice("why", QuestionType.MULTIPLE_CHOICE, true, "food", "seat", "crew"));
		List<Answer> answers = valid(s,
				raw("why", "food", "why", "crew", "why", "other", "why.other", "Noise", "why", "food"));
		assertThat(answers).extracting(a -> a.optionKey()).containsExactly("food", "crew", "other");
		assertThat(answers.get(2).text()).isEqualTo("Noise");
	}

	@Test
	void textIsLimitedByLength() {
		assertThat(valid(survey(question("c", QuestionType.TEXT_SHORT, true)), raw("c", "Great crew")))
			.extracting(Answer::text)
			.containsExactly("Great crew");
		assertThat(codes(survey(question("c", QuestionType.TEXT_SHORT, true)), raw("c", "x".repeat(501))))
			.containsExactly("validation.tooLong");
		assertThat(valid(survey(question("c", QuestionType.TEXT_LONG, true)), raw("c", "x".repeat(5000)))).hasSize(1);
		assertThat(codes(survey(question("c", QuestionType.TEXT_LONG, true)), raw("c", "x".repeat(5001))))
			.containsExactly("validation.tooLong");
	}

	@Test
	void matrixRatesEachRowOnItsScaleAndRequiresAllRowsWhenRequired() {
		SurveyDefinition s = survey(matrix("tp", true, "checkin", "boarding", "wifi"));
		List<Answer> answers = valid(s, raw("tp.checkin", "4", "tp.boarding", "5", "tp.wifi", "1"));
		assertThat(answers).extracting(Answer::rowKey).containsExactly("checkin", "boarding", "wifi");
		assertThat(codes(s, raw("tp.checkin", "4"))).containsExactly("answer.allRows");
		assertThat(codes(s, raw("tp.checkin", "6", "tp.boarding", "5", "tp.wifi", "1")))
			.containsExactly("answer.outOfRange");
		assertThat(fields(s, raw("tp.checkin", "6", "tp.boarding", "5", "tp.wifi", "1"))).containsExactly("tp.checkin");
		assertThat(valid(survey(matrix("tp", false, "a", "b")), raw("tp.a", "3"))).hasSize(1);
	}

	@Test
	void numbersRespectTheirBounds() {
		Question delay = new Question("delay", QuestionType.NUMBER, "Delay", null, false, 1, null, List.of(), false,
				List.of(), 0.0, 600.0, null, null);
		assertThat(valid(survey(delay), raw("delay", "12.5"))).extracting(Answer::number).containsExactly(12.5);
		assertThat(codes(survey(delay), raw("delay", "-1"))).containsExactly("answer.outOfRange");
		assertThat(codes(survey(delay), raw("delay", "1e9"))).containsExactly("answer.outOfRange");
	}

	@Test
	void numbersFinerOrLargerThanAnAnswerCanMeanAreRefusedNotStored() {
		Question delay = new Question("delay", QuestionType.NUMBER, "Delay", null, false, 1, null, List.of(), false,
				List.of(), null, null, null, null);
		// 1e-320 squares to an underflow PostgreSQL refuses; 1e300 to an overflow: both
		// used to poison the rollups.
		assertThat(codes(survey(delay), raw("delay", "1e-320"))).containsExactly("answer.tooManyDecimals");
		assertThat(codes(survey(delay), raw("delay", "0.0000001"))).containsExactly("answer.tooManyDecimals");
		assertThat(codes(survey(delay), raw("delay", "1e300"))).containsExactly("answer.outOfRange");
		assertThat(codes(survey(delay), raw("delay", "-1000000000001"))).containsExactly("answer.outOfRange");
		for (String notation : List.of("Infinity", "NaN", "0x1p3", "5d", "1e", "--1")) {
			assertThat(codes(survey(delay), raw("delay", notation))).as(notation).containsExactly("answer.notANumber");
		}
		assertThat(valid(survey(delay), raw("delay", "1e12"))).extracting(Answer::number).containsExactly(1e12);
		assertThat(valid(survey(delay), raw("delay", "-0.000001"))).extracting(Answer::number)
			.containsExactly(-0.000001);
		assertThat(valid(survey(delay), raw("delay", "2.500000"))).extracting(Answer::number).containsExactly(2.5);
		assertThat(valid(survey(question("nps", QuestionType.NPS, true)), raw("nps", "9.0"))).extracting(Answer::number)
			.containsExactly(9.0);
	}

	@Test
	void oneValueIsTakenForSingleValuedAnswersNeverTheFirstOfSeveral() {
		assertThat(codes(survey(question("nps", QuestionType.NPS, true)), raw("nps", "3", "nps", "4")))
			.containsExactly("answer.oneValue");
		assertThat(codes(survey(question("c", QuestionType.TEXT_SHORT, false)), raw("c", "a", "c", "b")))
			.containsExactly("answer.oneValue");
		assertThat(fields(survey(matrix("tp", false, "a", "b")), raw("tp.a", "3", "tp.a", "5")))
			.containsExactly("tp.a");
	}

	@Test
	void answersToQuestionsOrRowsTheSurveyDoesNotAskAreRefused() {
		SurveyDefinition s = survey(question("nps", QuestionType.NPS, true), matrix("tp", false, "checkin", "wifi"));
		assertThat(violations(s, raw("nps", "9", "tp.lounge", "4")))
			.extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("tp.lounge", "answer.unknownRow"));
		assertThat(violations(s, raw("nps", "9", "seat", "4"))).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("seat", "answer.unknownQuestion"));
		assertThat(codes(s, raw("nps", "9", "tp", "4"))).containsExactly("answer.unknownQuestion");
		// Keys sent without a value (an untouched form field) are not answers.
		assertThat(valid(s, raw("nps", "9", "seat", " "))).hasSize(1);
	}

	@Test
	void hiddenFieldsComeFromTheLinkAndAreLimited() {
		SurveyDefinition s = survey(question("flight", QuestionType.HIDDEN, false));
		assertThat(ResponseValidator.validate(s, raw(), Map.of("flight", "SK123"))).extracting(Answer::text)
			.containsExactly("SK123");
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> ResponseValidator.validate(s, raw("flight", "forged"), Map.of("flight", "SK123")))
			.violations()).extracting(FieldViolation::code).containsExactly("answer.unknownQuestion");
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> ResponseValidator.validate(s, raw(), Map.of("flight", "SK123", "gate", "B7")))
			.violations()).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("gate", "answer.unknownHiddenField"));
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> ResponseValidator.validate(s, raw(), Map.of("flight", "x".repeat(201))))
			.violations()).extracting(FieldViolation::code).containsExactly("validation.tooLong");
	}

	@Test
	void displayLogicAsksWhatWentWrongOnlyOfDetractors() {
		SurveyDefinition s = survey(question("nps", QuestionType.NPS, true),
				shownWhen(question("wrong", QuestionType.TEXT_LONG, true), "nps", LESS_OR_EQUAL, "6"));
		assertThat(codes(s, raw("nps", "5"))).containsExactly("answer.required");
		assertThat(valid(s, raw("nps", "5", "wrong", "Lost bag"))).hasSize(2);
		assertThat(valid(s, raw("nps", "9", "wrong", "ignored because not shown"))).extracting(Answer::questionKey)
			.containsExactly("nps");
	}

	@Test
	void displayLogicOnChoicesAndChainsOfHiddenQuestions() {
		SurveyDefinition s = survey(choice("why", QuestionType.MULTIPLE_CHOICE, false, "food", "seat"),
				shownWhen(question("food_detail", QuestionType.TEXT_SHORT, false), "why", ANY_OF, "food"),
				shownWhen(question("food_score", QuestionType.CSAT, true), "food_detail",
						DisplayCondition.Operator.ANSWERED));
		assertThat(valid(s, raw("why", "seat", "food_detail", "x", "food_score", "9"))).extracting(Answer::questionKey)
			.containsExactly("why");
		assertThat(codes(s, raw("why", "food", "food_detail", "cold"))).containsExactly("answer.required");
	}

	@Test
	void reportsEveryInvalidAnswerAtOnce() {
		SurveyDefinition s = survey(question("nps", QuestionType.NPS, true), question("csat", QuestionType.CSAT, true),
				question("c", QuestionType.TEXT_SHORT, false));
		assertThat(fields(s, raw("nps", "12", "c", "x".repeat(600)))).containsExactly("nps", "csat", "c");
	}

	private static List<Answer> valid(SurveyDefinition survey, Map<String, List<String>> raw) {
		return ResponseValidator.validate(survey, raw, Map.of());
	}

	private static List<String> codes(SurveyDefinition survey, Map<String, List<String>> raw) {
		return violations(survey, raw).stream().map(FieldViolation::code).toList();
	}

	private static List<String> fields(SurveyDefinition survey, Map<String, List<String>> raw) {
		return violations(survey, raw).stream().map(FieldViolation::field).toList();
	}

	private static List<FieldViolation> violations(SurveyDefinition survey, Map<String, List<String>> raw) {
		return catchThrowableOfType(InvalidInputException.class,
				() -> ResponseValidator.validate(survey, raw, Map.of()))
			.violations();
	}

}
