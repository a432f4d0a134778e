package io.peakxm.feedback;

import java.util.List;

/**
 * How the columns of a feedback file (CSV, XLSX, JSON) become items. Each mapped column
 * names its target: {@code source}, {@code externalId}, {@code author}, {@code rating},
 * {@code text}, {@code language}, {@code writtenAt}, {@code site}, {@code customerRef},
 * {@code touchpoint} (a touchpoint id, or its English or Chinese name in the journey) or
 * {@code field:<name>}; columns not named are left out. The rest holds for every row.
 *
 * @param source the source of rows without a source column (or with an empty cell)
 * @param ratingMin lowest rating of the scale (1 when not given)
 * @param ratingMax highest rating of the scale (5 when not given)
 * @param language zh, en or other for rows without a language (detected when blank)
 * @param journeyId the journey the feedback is about (its touchpoints are looked for)
 * @param dateFormat how {@code writtenAt} cells are written (ISO-8601 when blank)
 * @param timeZone the zone of times written without an offset (UTC when blank)
 * @param encoding the text encoding of a CSV or JSON file (detected when blank)
 */
public record FeedbackImportMapping(List<Column> columns, String source, Integer ratingMin, Integer ratingMax,
		String language, Long journeyId, String dateFormat, String timeZone, String encoding) {

	public FeedbackImportMapping {
		columns = columns == null ? List.of() : List.copyOf(columns);
	}

	/** The same mapping for a file in another encoding (a blank one keeps this one's). */
	public FeedbackImportMapping withEncoding(String fileEncoding) {
		return fileEncoding == null || fileEncoding.isBlank() ? this : new FeedbackImportMapping(columns, source,
				ratingMin, ratingMax, language, journeyId, dateFormat, timeZone, fileEncoding);
	}

	/** One mapped column: its name in the header (a key for JSON) and its target. */
	public record Column(String column, String target) {
	}

}
