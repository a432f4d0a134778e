package io.peakxm.insight;

import java.time.LocalDate;

import io.peakxm.shared.Violations;

/**
 * The responses an analysis reads and what it explains: a survey, a day range (null = the
 * last 365 days), an optional survey version, an optional segment (a hidden field and its
 * value, e.g. {@code cabin} = {@code Business}) and the overall outcome ({@link Outcome};
 * null = the survey's first NPS question).
 */
public record InsightQuery(long survey, LocalDate from, LocalDate to, Integer version, String segmentField,
		String segmentValue, String outcome) {

	/** The longest period an analysis covers. */
	static final int MAX_DAYS = 3 * 366;

	public InsightQuery(long survey, LocalDate from, LocalDate to) {
		this(survey, from, to, null, null, null, null);
	}

	public InsightQuery {
		segmentField = blankToNull(segmentField);
		segmentValue = blankToNull(segmentValue);
		outcome = blankToNull(outcome);
	}

	/** Checks the filters and names every bad one. */
	void check() {
		Violations violations = new Violations();
		if (from != null && to != null && from.isAfter(to)) {
			violations.add("from", "insight.fromAfterTo");
		}
		if (from != null && to != null && from.plusDays(MAX_DAYS).isBefore(to)) {
			violations.add("to", "insight.periodTooLong", MAX_DAYS);
		}
		if (version != null && version < 1) {
			violations.add("version", "insight.versionInvalid");
		}
		if ((segmentField == null) != (segmentValue == null)) {
			violations.add(segmentField == null ? "segmentField" : "segmentValue", "insight.segmentIncomplete");
		}
		if (segmentField != null && (segmentField.length() > 40 || segmentValue.length() > 200)) {
			violations.add("segmentField", "validation.tooLong", 200);
		}
		if (outcome != null && outcome.length() > 250) {
			violations.add("outcome", "validation.tooLong", 250);
		}
		violations.throwIfAny();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
