package io.peakxm.metrics.web;

import java.time.LocalDate;
import java.util.Locale;

import io.peakxm.metrics.Granularity;
import io.peakxm.metrics.MetricsQuery;
import io.peakxm.shared.QueryString;
import io.peakxm.shared.Violations;

/**
 * The dashboard filter as it travels in URLs (so a view can be shared): survey, from, to
 * (yyyy-mm-dd), channel, language, dimension ("cabin:Business") and granularity (day,
 * week, month, quarter). Bad values are refused with the field named.
 */
record MetricsParams(String survey, String from, String to, String channel, String language, String dimension,
		String granularity) {

	MetricsQuery toQuery() {
		Violations violations = new Violations();
		Long surveyId = null;
		if (survey != null && !survey.isBlank()) {
			try {
				surveyId = Long.valueOf(survey.trim());
			}
			catch (NumberFormatException ex) {
				violations.add("survey", "validation.type", survey);
			}
		}
		LocalDate fromDate = violations.date("from", from, "metrics.badDate");
		LocalDate toDate = violations.date("to", to, "metrics.badDate");
		Granularity bucket = granularity == null || granularity.isBlank() ? null : violations.enumValue("granularity",
				Granularity.class, granularity.trim().toUpperCase(Locale.ROOT), null);
		if (channel != null && channel.length() > 20 || language != null && language.length() > 10
				|| dimension != null && dimension.length() > 250) {
			violations.add("filter", "validation.tooLong", 250);
		}
		violations.throwIfAny();
		return new MetricsQuery(surveyId, fromDate, toDate, channel, language, dimension, bucket);
	}

	/** The filter as a query string (for links between the views and to exports). */
	String queryString() {
		return new QueryString().add("survey", survey)
			.add("from", from)
			.add("to", to)
			.add("channel", channel)
			.add("language", language)
			.add("dimension", dimension)
			.add("granularity", granularity)
			.toString();
	}
}
