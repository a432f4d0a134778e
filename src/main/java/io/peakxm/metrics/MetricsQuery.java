package io.peakxm.metrics;

import java.time.LocalDate;

/**
 * What a dashboard shows: a survey (null = the workspace's first open one), a day range
 * (null = the last 30 days), optional channel, language and one hidden-field value
 * ({@code dimension} = "cabin:Business"), and the trend's buckets (null = chosen from the
 * range).
 */
public record MetricsQuery(Long survey, LocalDate from, LocalDate to, String channel, String language, String dimension,
		Granularity granularity) {

	public MetricsQuery {
		channel = blank(channel);
		language = blank(language);
		dimension = blank(dimension);
	}

	public String dimensionName() {
		return dimension == null ? "" : dimension.substring(0, Math.max(0, dimension.indexOf(':')));
	}

	public String dimensionValue() {
		return dimension == null ? "" : dimension.substring(dimension.indexOf(':') + 1);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
