package io.peakxm.response;

import java.util.List;

/**
 * How the columns of an import file become answers: each mapped column names its target —
 * a question key, a matrix row ({@code touchpoints.tp_12}), a hidden field, or one of
 * {@code @submittedAt}, {@code @customerRef}, {@code @journeyInstanceKey},
 * {@code @language} — and the cell values that mean "no answer" (e.g. "0" for "not
 * applicable"). Unmapped columns are ignored. {@code encoding} is the CSV file's
 * {@link io.peakxm.shared.files.FileEncoding} (blank: detected), so that a saved mapping
 * also remembers how the monthly file is encoded.
 */
public record ImportMapping(List<ColumnMapping> columns, String language, String encoding) {

	public static final String SUBMITTED_AT = "@submittedAt";

	public static final String CUSTOMER_REF = "@customerRef";

	public static final String JOURNEY_INSTANCE = "@journeyInstanceKey";

	public static final String LANGUAGE = "@language";

	public ImportMapping {
		columns = columns == null ? List.of() : List.copyOf(columns);
	}

	/** A mapping for files whose encoding is detected. */
	public ImportMapping(List<ColumnMapping> columns, String language) {
		this(columns, language, null);
	}

	/**
	 * The same mapping for files in another encoding (a blank one keeps this mapping's).
	 */
	public ImportMapping withEncoding(String fileEncoding) {
		return fileEncoding == null || fileEncoding.isBlank() ? this
				: new ImportMapping(columns, language, fileEncoding);
	}

	/** One mapped column. */
	public record ColumnMapping(String column, String target, List<String> missing) {

		public ColumnMapping {
			missing = missing == null ? List.of() : List.copyOf(missing);
		}
	}
}
