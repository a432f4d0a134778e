package io.peakxm.response.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.peakxm.survey.Answer;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.Question;

/**
 * Answers as the responses pages show them: numbers as typed (a score of 2 is "2", not
 * "2.00"; a number answer 2.5 stays "2.5"), options and matrix rows by their labels in
 * the reader's language, "other" as the text the respondent wrote. A key the current
 * survey version no longer has is shown as stored.
 */
final class AnswerTexts {

	private AnswerTexts() {
	}

	/** One answer's value; {@code question} may be null (a question removed since). */
	static String value(Question question, Answer answer, Locale locale) {
		if (answer.number() != null) {
			return number(answer.number());
		}
		if (answer.text() != null) {
			return answer.text();
		}
		return label(question == null ? List.of() : question.options(), answer.optionKey(), locale);
	}

	/** The label of an answer's matrix row, or null for an answer that has none. */
	static String row(Question question, Answer answer, Locale locale) {
		return answer.rowKey() == null ? null
				: label(question == null ? List.of() : question.rows(), answer.rowKey(), locale);
	}

	/**
	 * All answers of a response to a question (to one matrix row when {@code row} is
	 * given), joined.
	 */
	static String joined(Question question, String row, List<Answer> answers, Locale locale) {
		return String.join(", ",
				answers.stream()
					.filter(a -> a.questionKey().equals(question.key()) && (row == null || row.equals(a.rowKey())))
					.map(a -> value(question, a, locale))
					.toList());
	}

	/**
	 * A number without a decimal point when it is whole, else with the decimals it has.
	 */
	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return String.valueOf((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/**
	 * The label of an option or row by its key, in the reader's language; the key when
	 * the survey lacks it.
	 */
	static String label(List<ChoiceOption> choices, String key, Locale locale) {
		Optional<ChoiceOption> choice = choices.stream().filter(c -> Objects.equals(c.key(), key)).findFirst();
		return choice.map(c -> c.label().in(locale)).orElse(key);
	}

}
