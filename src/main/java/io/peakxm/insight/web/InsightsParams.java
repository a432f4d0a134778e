package io.peakxm.insight.web;

import java.time.LocalDate;
import java.util.Optional;

import io.peakxm.insight.InsightQuery;
import io.peakxm.shared.QueryString;
import io.peakxm.shared.Violations;

/**
 * The filter of the insight pages as it travels in URLs, so a view can be shared: survey,
 * from, to (yyyy-mm-dd), version, segment ({@code cabin:Business}: a hidden field and one
 * of its values) and outcome (a scale question key such as {@code nps}, or
 * {@code field=value} for a yes/no hidden field). Kept as text so that a bad value is
 * named next to its field instead of failing the request.
 */
record InsightsParams(String survey, String from, String to, String version, String segment, String outcome) {

	/**
	 * The survey asked for; empty when none was, or when it is not a number (see
	 * {@link #toQuery}).
	 */
	Optional<Long> surveyId() {
		if (blank(survey)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.valueOf(survey.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The same filter for a survey (the one chosen when the URL names none, so that links
	 * between views keep it).
	 */
	InsightsParams withSurvey(long surveyId) {
		return blank(survey) ? new InsightsParams(String.valueOf(surveyId), from, to, version, segment, outcome) : this;
	}

	/** The query for a survey; every badly written filter is named. */
	InsightQuery toQuery(long surveyId) {
		Violations violations = new Violations();
		if (!blank(survey) && surveyId().isEmpty()) {
			violations.add("survey", "validation.type", survey);
		}
		LocalDate fromDate = violations.date("from", from, "insight.badDate");
		LocalDate toDate = violations.date("to", to, "insight.badDate");
		Integer versionNumber = null;
		if (!blank(version)) {
			try {
				versionNumber = Integer.valueOf(version.trim());
			}
			catch (NumberFormatException ex) {
				violations.add("version", "validation.type", version);
			}
		}
		String field = null;
		String value = null;
		if (!blank(segment)) {
			int colon = segment.indexOf(':');
			if (colon <= 0 || colon == segment.length() - 1) {
				violations.add("segment", "insight.segmentIncomplete");
			}
			else {
				field = segment.substring(0, colon);
				value = segment.substring(colon + 1);
			}
		}
		violations.throwIfAny();
		return new InsightQuery(surveyId, fromDate, toDate, versionNumber, field, value, outcome);
	}

	/**
	 * The segment written as {@code field:value} for a hidden field and one of its
	 * values.
	 */
	static String segment(String field, String value) {
		return field + ":" + value;
	}

	/** The filter as a query string, for the links between the views. */
	String queryString() {
		return new QueryString().add("survey", survey)
			.add("from", from)
			.add("to", to)
			.add("version", version)
			.add("segment", segment)
			.add("outcome", outcome)
			.toString();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
