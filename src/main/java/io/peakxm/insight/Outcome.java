package io.peakxm.insight;

import java.util.List;

import io.peakxm.insight.calculation.RatingScale;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.SurveyDefinition;

/**
 * The overall verdict an analysis explains: a scale question that is not a touchpoint rating (NPS 0–10, CSAT 1–5,
 * CES 1–7, a rating), written as its key ({@code nps}); or a yes/no read from a hidden field, written
 * {@code field=value} ({@code satisfaction=satisfied}: 1 when the field has that value, 0 when it has another).
 *
 * @param spec how it is written in a query
 * @param questionKey the scale question, or null
 * @param type the scale question's type, or null
 * @param field the hidden field, or null
 * @param positiveValue the field value that counts as the good outcome, or null
 */
public record Outcome(String spec, String questionKey, QuestionType type, String field, String positiveValue) {

	/** Reads a query's outcome against the survey; null means the first NPS (else CSAT) question. */
	static Outcome of(String spec, SurveyDefinition definition) {
		List<ScoreVector.Slot> candidates = ScoreVector.slots(definition).stream()
			.filter(s -> s.rowKey() == null && s.touchpointId() == null)
			.toList();
		if (spec == null) {
			return candidates.stream()
				.filter(s -> s.type() == QuestionType.NPS).findFirst()
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

	/** Whether the outcome is a yes/no from a hidden field. */
	public boolean binary() {
		return field != null;
	}

	/** The outcome's scale: the question's, or 0–1 for a yes/no. */
	public RatingScale scale() {
		return binary() ? new RatingScale(0, 1) : new RatingScale(type.scaleMin(), type.scaleMax());
	}

	/**
	 * Whether an outcome value marks a dissatisfied customer, the class the prediction looks for: a detractor
	 * (0–6) on NPS, the lower half of other scales (1–3 of 5, 1–4 of 7), the other value of a yes/no.
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

	/** Message key of the outcome's unit, for findings: NPS points, scale points or percentage points. */
	public String unitKey() {
		return binary() ? "insight.unit.percentagePoints" : "insight.unit.scalePoints";
	}

	/**
	 * A change on the −1…+1 rescaled outcome in the outcome's own unit: points on its scale, or percentage points
	 * of the good outcome for a yes/no.
	 */
	public double inOwnUnit(double rescaledChange) {
		double range = scale().max() - scale().min();
		double change = rescaledChange * range / 2;
		return binary() ? 100 * change : change;
	}
}
