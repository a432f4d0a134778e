package io.peakxm.feedback.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.peakxm.feedback.FeedbackImportMapping;
import io.peakxm.feedback.FeedbackSource;
import io.peakxm.shared.Violations;
import io.peakxm.shared.WellFormedText;
import io.peakxm.shared.files.FileEncoding;

/**
 * What a feedback import mapping must be whatever the file: known targets, each once
 * (fields once per name), a text column, a source (a column or one for all rows), a valid
 * rating scale, a known date format, time zone and encoding. Checked when a mapping is
 * saved and before a file is read.
 */
final class ImportMappingRules {

	static final int MAX_COLUMNS = 200;

	private static final String FIELD_NAME = "[A-Za-z][A-Za-z0-9_]{0," + (Intake.MAX_FIELD_NAME - 1) + "}";

	private ImportMappingRules() {
	}

	/** The problems of a mapping, each named by its part. */
	static Violations check(FeedbackImportMapping mapping) {
		Violations v = new Violations();
		List<FeedbackImportMapping.Column> columns = mapping.columns();
		if (columns.isEmpty()) {
			v.add("columns", "import.noColumns");
		}
		if (columns.size() > MAX_COLUMNS) {
			v.add("columns", "feedback.import.tooManyMapped", MAX_COLUMNS);
			return v;
		}
		Set<String> targets = new HashSet<>();
		for (int i = 0; i < columns.size(); i++) {
			target(v, i, columns.get(i), targets);
		}
		if (!targets.contains(ImportTarget.TEXT.targetName()) && !columns.isEmpty()) {
			v.add("columns", "feedback.import.textUnmapped");
		}
		if (!targets.contains(ImportTarget.SOURCE.targetName())) {
			if (mapping.source() == null || mapping.source().isBlank()) {
				v.add("source", "feedback.import.sourceMissing");
			}
		}
		if (mapping.source() != null && !mapping.source().isBlank() && source(mapping.source()).isEmpty()) {
			v.add("source", "feedback.sourceUnknown", mapping.source(), FeedbackSource.names());
		}
		scale(v, mapping.ratingMin(), mapping.ratingMax());
		if (mapping.language() != null && !mapping.language().isBlank()
				&& !Set.of("zh", "en", "other").contains(language(mapping.language()))) {
			v.add("language", "feedback.languageUnknown", mapping.language());
		}
		if (ImportDateFormat.parse(mapping.dateFormat()).isEmpty()) {
			v.add("dateFormat", "feedback.import.dateFormatUnknown", mapping.dateFormat(), ImportDateFormat.labels());
		}
		if (mapping.timeZone() != null && !mapping.timeZone().isBlank()
				&& !ImportColumns.knownZone(mapping.timeZone())) {
			v.add("timeZone", "feedback.import.timeZoneUnknown", mapping.timeZone());
		}
		try {
			FileEncoding.parse("encoding", mapping.encoding());
		}
		catch (io.peakxm.shared.InvalidInputException ex) {
			ex.violations().forEach(p -> v.add(p.field(), p.code(), p.args().toArray()));
		}
		return v;
	}

	private static void target(Violations v, int i, FeedbackImportMapping.Column column, Set<String> targets) {
		String name = "columns[" + i + "]";
		if (column == null || column.column() == null || column.column().isBlank()) {
			v.add(name + ".column", "validation.required");
			return;
		}
		WellFormedText.problem(name + ".column", column.column()).ifPresent(p -> v.add(p.field(), p.code()));
		Optional<ImportTarget> target = ImportTarget.parse(column.target());
		if (target.isEmpty()) {
			v.add(name + ".target", "feedback.import.targetUnknown", String.valueOf(column.target()), column.column(),
					ImportTarget.names());
			return;
		}
		String key = target.get() == ImportTarget.FIELD ? column.target().trim() : target.get().targetName();
		if (target.get() == ImportTarget.FIELD && !ImportTarget.fieldName(column.target()).matches(FIELD_NAME)) {
			v.add(name + ".target", "feedback.fieldName", ImportTarget.fieldName(column.target()));
		}
		else if (!targets.add(key)) {
			v.add(name + ".target", "feedback.import.targetTwice", key);
		}
	}

	private static void scale(Violations v, Integer min, Integer max) {
		if (min == null && max == null) {
			return;
		}
		int low = min == null ? 1 : min;
		int high = max == null ? 5 : max;
		if (low < 0 || high > Intake.MAX_SCALE || low >= high) {
			v.add("ratingMax", "feedback.scaleInvalid", low, high, Intake.MAX_SCALE);
		}
	}

	private static Optional<FeedbackSource> source(String name) {
		return FeedbackSource.parse(name).filter(s -> s != FeedbackSource.SURVEY);
	}

	/**
	 * A language as exports write it — {@code zh-CN}, {@code zh_TW}, {@code en-GB},
	 * {@code EN} — as an item takes it (zh, en); others unchanged, for {@link Intake} to
	 * judge. Null stays null.
	 */
	static String language(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String l = value.trim().toLowerCase(Locale.ROOT);
		if (l.equals("zh") || l.startsWith("zh-") || l.startsWith("zh_") || l.equals("中文")) {
			return "zh";
		}
		if (l.equals("en") || l.startsWith("en-") || l.startsWith("en_") || l.equals("english")) {
			return "en";
		}
		return l;
	}

}
