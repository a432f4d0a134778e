package io.peakxm.insight;

import java.util.List;

import io.peakxm.insight.calculation.RatingScale;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.SurveyDefinition;

/**
 * The overall verdict an analysis explains: a scale question that is not a touchpoint
 * rating (NPS 0–10, CSAT 1–5, CES 1–7, a rating), written as its key ({@code nps}); or a
 * yes/no read from a hidden field, written {@code field=value}
 * ({@code satisfaction=satisfied}: 1 when the field has that value, 0 when it has
 * another).
 *
 * @param spec how it is written in a query
 * @param questionKey the scale question, or null
 * @param type the scale question's type, or null
 * @param field the hidden field, or null
 * @param positiveValue the field value that counts as the good outcome, or null
 */
public record Outcome(String spec, String questionKey, QuestionType type, String field, String positiveValue) {

	/** Pairs of hidden-field values that read as yes and no, the yes first. */
	private static final List<List<String>> YES_NO = List.of(List.of("yes", "no"), List.of("y", "n"),
			List.of("true", "false"), List.of("1", "0"), List.of("是", "否"));

	/**
	 * What turns a word into its opposite: dissatisfied, unhappy, not recommended, 不满意.
	 */
	private static final List<String> NEGATIONS = List.of("dis", "un", "in", "non", "non-", "not ", "no ", "不", "非",
			"未");

	/**
	 * Reads a query's outcome against the survey; null means the first NPS (else CSAT)
	 * question.
	 */
	static Outcome of(String spec, SurveyDefinition definition) {
		List<ScoreVector.Slot> candidates = ScoreVector.slots(definition)
			.stream()
			.filter(s -> s.rowKey() == null && s.touchpointId() == null)
			.toList();
		if (spec == null) {
			return candidates.stream()
				.filter(s -> s.type() == QuestionType.NPS)
				.findFirst()
				.or(() -> candidates.stream().filter(s -> s.type() == QuestionType.CSAT).findFirst())
				.or(() -> candidates.stream().findFirst())
				.map(s -> new Outcome(s.questionKey(), s.questionKey(), s.type(), null, null))
				.orElseThrow(() -> InvalidInputException.of("outcome", "insight.outcomeMissing"));
		}
		int eq = spec.indexOf('=');
		if (eq > 0) {
			String field = spec.substring(0, eq).trim();
			String value = spec.substring(eq + 1).trim();
			boolean known = definition.hiddenFields().stream().anyMatch(q -> q.key().equals(field));
			if (!known || value.isEmpty()) {
				throw InvalidInputException.of("outcome", "insight.outcomeUnknown", spec);
			}
			return new Outcome(spec, null, null, field, value);
		}
		return candidates.stream()
			.filter(s -> s.questionKey().equals(spec))
			.findFirst()
			.map(s -> new Outcome(spec, spec, s.type(), null, null))
			.orElseThrow(() -> InvalidInputException.of("outcome", "insight.outcomeUnknown", spec));
	}

	/**
	 * The good value of a hidden field whose two values read as a verdict, or null when
	 * they do not. A verdict is a yes/no pair (yes/no, true/false, 1/0, 是/否) or a word
	 * and its negation (satisfied / neutral or dissatisfied, loyal / disloyal, 满意/不满意);
	 * two values that merely name groups (Business / Economy, Male / Female) are
	 * segments, not outcomes.
	 */
	static String goodValue(String first, String second) {
		String a = first.trim().toLowerCase(java.util.Locale.ROOT);
		String b = second.trim().toLowerCase(java.util.Locale.ROOT);
		for (List<String> pair : YES_NO) {
			if (a.equals(pair.get(0)) && b.equals(pair.get(1))) {
				return first;
			}
			if (b.equals(pair.get(0)) && a.equals(pair.get(1))) {
				return second;
			}
		}
		if (negates(b, a)) {
			return first;
		}
		return negates(a, b) ? second : null;
	}

	private static boolean negates(String text, String word) {
		return !word.isEmpty() && NEGATIONS.stream().anyMatch(n -> text.contains(n + word));
	}

	/** Whether the outcome is a yes/no from a hidden field. */
	public boolean binary() {
		return field != null;
	}

	/** The outcome's scale: the question's, or 0–1 for a yes/no. */
	public RatingScale scale() {
		return binary() ? new RatingScale(0, 1) : new RatingScale(type.scaleMin(), type.scaleMax());
	}

	/**
	 * Whether an outcome value marks a dissatisfied customer, the class the prediction
	 * looks for: a detractor (0–6) on NPS, the lower half of other scales (1–3 of 5, 1–4
	 * of 7), the other value of a yes/no.
	 */
	public boolean dissatisfied(double value) {
		if (binary()) {
			return value < 0.5;
		}
		if (type == QuestionType.NPS) {
			return value <= 6;
		}
		return value <= (type.scaleMin() + type.scaleMax()) / 2.0;
	}

	/**
	 * Message key of the outcome's unit, for findings: NPS points, scale points or
	 * percentage points.
	 */
	public String unitKey() {
		return binary() ? "insight.unit.percentagePoints" : "insight.unit.scalePoints";
	}

	/**
	 * A change on the −1…+1 rescaled outcome in the outcome's own unit: points on its
	 * scale, or percentage points of the good outcome for a yes/no.
	 */
	public double inOwnUnit(double rescaledChange) {
		double range = scale().max() - scale().min();
		double change = rescaledChange * range / 2;
		return binary() ? 100 * change : change;
	}
}
