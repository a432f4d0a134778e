package io.peakxm.insight.web;

import io.peakxm.insight.InsightOptions;

/**
 * Whether the version, segment and outcome in the URL are among those the survey offers.
 * One that is not (a link from elsewhere, a typed URL) stays in its select as an extra
 * choice, so the page shows what was analysed.
 */
record FilterChoices(boolean version, boolean segment, boolean outcome) {

	static FilterChoices of(InsightsParams params, InsightOptions options) {
		boolean version = blank(params.version())
				|| options.versions().stream().anyMatch(v -> v.toString().equals(params.version().trim()));
		boolean segment = blank(params.segment()) || options.segments()
			.stream()
			.anyMatch(s -> s.values()
				.stream()
				.anyMatch(v -> InsightsParams.segment(s.field(), v).equals(params.segment())));
		boolean outcome = blank(params.outcome())
				|| options.outcomes().stream().anyMatch(o -> o.spec().equals(params.outcome().trim()));
		return new FilterChoices(version, segment, outcome);
	}

	/**
	 * The filter field a violation of the analysis belongs to (segment field and value
	 * share one select).
	 */
	static String fieldOf(String violationField) {
		return switch (violationField) {
			case "segmentField", "segmentValue" -> "segment";
			case "survey", "from", "to", "version", "segment", "outcome" -> violationField;
			default -> "filter";
		};
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
