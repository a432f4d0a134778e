package io.peakxm.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.peakxm.shared.Violations;

/**
 * Checks a respondent's submission against the survey version they answered and turns it
 * into typed {@link Answer}s. Raw values come keyed like form fields: {@code key} for a
 * question, {@code key.row} for a matrix row, {@code key.other} for "other" text; several
 * values for multiple choice. Questions hidden by display logic are evaluated in order
 * from the answers before them; their values are dropped and they are never required. Any
 * violation rejects the whole submission, each named by its question key.
 */
public final class ResponseValidator {

	public static final String OTHER = "other";

	public static final int MAX_HIDDEN_VALUE = 200;

	private ResponseValidator() {
	}

	public static List<Answer> validate(SurveyDefinition survey, Map<String, List<String>> raw,
			Map<String, String> hiddenValues) {
		return validate(survey, raw, hiddenValues, true);
	}

	/**
	 * As {@link #validate(SurveyDefinition, Map, Map)}; imports of historic data pass
	 * {@code enforceRequired} false, because a file holds what was asked then, not
	 * necessarily every question of today's survey.
	 */
	public static List<Answer> validate(SurveyDefinition survey, Map<String, List<String>> raw,
			Map<String, String> hiddenValues, boolean enforceRequired) {
		Violations violations = new Violations();
		unknownKeys(survey, raw, hiddenValues, violations);
		List<Answer> answers = new ArrayList<>();
		Map<String, List<Answer>> byQuestion = new HashMap<>();
		for (Question q : survey.questions()) {
			if (!DisplayLogic.isShown(q, byQuestion)) {
				continue;
			}
			List<Answer> own = switch (q.type()) {
				case HIDDEN -> hidden(q, hiddenValues, violations);
				case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(q, raw, violations);
				case TEXT_SHORT, TEXT_LONG -> text(q, raw, violations);
				case MATRIX -> matrix(q, raw, violations);
				case NUMBER -> number(q, values(raw, q.key()), null, q.minValue(), q.maxValue(), false, violations);
				default -> number(q, values(raw, q.key()), null, (double) q.type().scaleMin(),
						(double) q.type().scaleMax(), true, violations);
			};
			if (enforceRequired && own.isEmpty() && q.required() && !given(q, raw)) {
				violations.add(q.key(), "answer.required");
			}
			byQuestion.put(q.key(), own);
			answers.addAll(own);
		}
		violations.throwIfAny();
		return answers;
	}

	/**
	 * Refuses values for anything the survey version does not ask: an unknown question,
	 * matrix row or "other" of a question without one, or an undeclared hidden field.
	 * Kept silently, they would look recorded and be lost.
	 */
	private static void unknownKeys(SurveyDefinition survey, Map<String, List<String>> raw,
			Map<String, String> hiddenValues, Violations violations) {
		if (raw != null) {
			raw.forEach((key, values) -> {
				if (!values(raw, key).isEmpty() && !asked(survey, key)) {
					int dot = key.indexOf('.');
					boolean matrixRow = dot > 0 && survey.question(key.substring(0, dot))
						.filter(q -> q.type() == QuestionType.MATRIX)
						.isPresent();
					violations.add(key, matrixRow ? "answer.unknownRow" : "answer.unknownQuestion",
							matrixRow ? key.substring(dot + 1) : key);
				}
			});
		}
		if (hiddenValues != null) {
			hiddenValues.forEach((name, value) -> {
				boolean declared = survey.question(name).filter(q -> q.type() == QuestionType.HIDDEN).isPresent();
				if (value != null && !value.isBlank() && !declared) {
					violations.add(name, "answer.unknownHiddenField", name);
				}
			});
		}
	}

	/**
	 * Whether a raw answer key names a question, one of its matrix rows, or its "other"
	 * text.
	 */
	private static boolean asked(SurveyDefinition survey, String key) {
		int dot = key.indexOf('.');
		String questionKey = dot < 0 ? key : key.substring(0, dot);
		Question q = survey.question(questionKey).orElse(null);
		if (q == null || q.type() == QuestionType.HIDDEN) {
			return false;
		}
		if (dot < 0) {
			return q.type() != QuestionType.MATRIX;
		}
		String sub = key.substring(dot + 1);
		return q.type() == QuestionType.MATRIX ? q.rows().stream().anyMatch(r -> r.key().equals(sub))
				: q.type().isChoice() && q.allowOther() && OTHER.equals(sub);
	}

	private static List<Answer> hidden(Question q, Map<String, String> hiddenValues, Violations violations) {
		String value = hiddenValues == null ? null : hiddenValues.get(q.key());
		if (value == null || value.isBlank()) {
			return List.of();
		}
		if (value.length() > MAX_HIDDEN_VALUE) {
			violations.add(q.key(), "validation.tooLong", MAX_HIDDEN_VALUE);
			return List.of();
		}
		return List.of(Answer.text(q, null, value.trim()));
	}

	private static List<Answer> choice(Question q, Map<String, List<String>> raw, Violations violations) {
		Set<String> chosen = new LinkedHashSet<>(values(raw, q.key()));
		if (q.type() == QuestionType.SINGLE_CHOICE && chosen.size() > 1) {
			violations.add(q.key(), "answer.oneChoice");
			return List.of();
		}
		List<Answer> answers = new ArrayList<>();
		for (String key : chosen) {
			if (OTHER.equals(key) && q.allowOther()) {
				String other = single(q.key() + "." + OTHER, values(raw, q.key() + "." + OTHER), violations);
				if (other == null) {
					violations.add(q.key(), "answer.otherEmpty");
				}
				else if (other.length() > QuestionType.TEXT_SHORT.maxTextLength()) {
					violations.add(q.key(), "validation.tooLong", QuestionType.TEXT_SHORT.maxTextLength());
				}
				else {
					answers.add(Answer.text(q, OTHER, other));
				}
			}
			else if (q.options().stream().anyMatch(o -> o.key().equals(key))) {
				answers.add(Answer.option(q, key));
			}
			else {
				violations.add(q.key(), "answer.unknownOption", key);
			}
		}
		return answers;
	}

	private static List<Answer> text(Question q, Map<String, List<String>> raw, Violations violations) {
		String text = single(q.key(), values(raw, q.key()), violations);
		if (text == null) {
			return List.of();
		}
		if (text.length() > q.type().maxTextLength()) {
			violations.add(q.key(), "validation.tooLong", q.type().maxTextLength());
			return List.of();
		}
		return List.of(Answer.text(q, null, text));
	}

	private static List<Answer> matrix(Question q, Map<String, List<String>> raw, Violations violations) {
		List<Answer> answers = new ArrayList<>();
		int rowsGiven = 0;
		for (ChoiceOption row : q.rows()) {
			List<String> values = values(raw, q.key() + "." + row.key());
			rowsGiven += values.isEmpty() ? 0 : 1;
			answers.addAll(number(q, values, row.key(), (double) q.type().scaleMin(), (double) q.type().scaleMax(),
					true, violations));
		}
		if (q.required() && rowsGiven > 0 && rowsGiven < q.rows().size()) {
			violations.add(q.key(), "answer.allRows");
		}
		return answers;
	}

	private static List<Answer> number(Question q, List<String> values, String row, Double min, Double max,
			boolean integer, Violations violations) {
		String field = row == null ? q.key() : q.key() + "." + row;
		String text = single(field, values, violations);
		if (text == null) {
			return List.of();
		}
		String shown = text.length() > 40 ? text.substring(0, 40) : text;
		double low = min == null ? -NumberAnswer.LIMIT : Math.max(min, -NumberAnswer.LIMIT);
		double high = max == null ? NumberAnswer.LIMIT : Math.min(max, NumberAnswer.LIMIT);
		NumberAnswer.Reading reading = NumberAnswer.read(text);
		if (reading instanceof NumberAnswer.Reading.TooManyDecimals && !integer) {
			return refuse(violations, field, "answer.tooManyDecimals", shown, NumberAnswer.MAX_DECIMALS);
		}
		if (reading instanceof NumberAnswer.Reading.TooLarge) {
			return refuse(violations, field, "answer.outOfRange", shown, format(low), format(high));
		}
		if (!(reading instanceof NumberAnswer.Reading.Value number)
				|| (integer && number.value() != Math.rint(number.value()))) {
			return refuse(violations, field, "answer.notANumber", shown);
		}
		if (number.value() < low || number.value() > high) {
			return refuse(violations, field, "answer.outOfRange", shown, format(low), format(high));
		}
		return List.of(Answer.number(q, row, number.value()));
	}

	private static List<Answer> refuse(Violations violations, String field, String code, Object... arguments) {
		violations.add(field, code, arguments);
		return List.of();
	}

	/**
	 * The one value of a single-valued answer (a scale, a number, a text, a matrix row);
	 * null if none. Several values are refused rather than the first kept: a client that
	 * sends {@code [3, 4]} for an NPS has a bug to hear about.
	 */
	private static String single(String field, List<String> values, Violations violations) {
		if (values.size() > 1) {
			violations.add(field, "answer.oneValue", values.size());
			return null;
		}
		return first(values);
	}

	/**
	 * Whether the respondent sent anything for the question (an invalid value is reported
	 * as such, not as missing).
	 */
	private static boolean given(Question q, Map<String, List<String>> raw) {
		if (raw == null) {
			return false;
		}
		return raw.entrySet()
			.stream()
			.anyMatch(e -> (e.getKey().equals(q.key()) || e.getKey().startsWith(q.key() + "."))
					&& e.getValue().stream().anyMatch(v -> v != null && !v.isBlank()));
	}

	private static List<String> values(Map<String, List<String>> raw, String key) {
		List<String> values = raw == null ? null : raw.get(key);
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
	}

	private static String first(List<String> values) {
		return values.isEmpty() ? null : values.get(0);
	}

	private static String format(double value) {
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
