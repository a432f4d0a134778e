package io.peakxm.feedback.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.peakxm.feedback.FeedbackImportMapping;
import io.peakxm.feedback.NewFeedback;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.Violations;

/**
 * A {@link FeedbackImportMapping} checked against a file's header: which cell of a row
 * goes where. Turns a row into a {@link NewFeedback}, reporting the cells it cannot read
 * (a rating that is no number, a time not in the chosen format, a touchpoint name the
 * journey does not have) as {@code row N.<column>}; what {@link Intake} finds later is
 * named by column too ({@link #columnOf}).
 */
final class ImportColumns {

	private final Map<ImportTarget, Integer> cells;

	private final Map<String, Integer> fieldCells;

	private final Map<String, String> columnOfField;

	private final List<String> header;

	private final FeedbackImportMapping mapping;

	private final ImportDateFormat dateFormat;

	private final ZoneId zone;

	private final Touchpoints touchpoints;

	private ImportColumns(Map<ImportTarget, Integer> cells, Map<String, Integer> fieldCells, List<String> header,
			FeedbackImportMapping mapping, ImportDateFormat dateFormat, ZoneId zone, Touchpoints touchpoints) {
		this.cells = cells;
		this.fieldCells = fieldCells;
		this.header = header;
		this.mapping = mapping;
		this.dateFormat = dateFormat;
		this.zone = zone;
		this.touchpoints = touchpoints;
		this.columnOfField = new HashMap<>();
		cells.forEach((target, cell) -> columnOfField.put(target.field(), header.get(cell)));
		fieldCells.forEach((name, cell) -> columnOfField.put("fields." + name, header.get(cell)));
	}

	/**
	 * Checks a mapping against a header (names the problems {@code columns[i]…} or by the
	 * constant's name) and plans the rows' reading.
	 */
	static ImportColumns plan(FeedbackImportMapping mapping, List<String> header, Touchpoints touchpoints) {
		Violations v = ImportMappingRules.check(mapping);
		Map<ImportTarget, Integer> cells = new LinkedHashMap<>();
		Map<String, Integer> fieldCells = new LinkedHashMap<>();
		for (int i = 0; i < mapping.columns().size(); i++) {
			FeedbackImportMapping.Column column = mapping.columns().get(i);
			if (column == null || column.column() == null || column.column().isBlank()) {
				continue;
			}
			int cell = header.indexOf(column.column().trim());
			if (cell < 0) {
				v.add("columns[" + i + "].column", "import.columnMissing", String.valueOf(column.column()));
				continue;
			}
			ImportTarget.parse(column.target()).ifPresent(target -> {
				if (target == ImportTarget.FIELD) {
					fieldCells.put(ImportTarget.fieldName(column.target()), cell);
				}
				else {
					cells.put(target, cell);
				}
			});
		}
		if (mapping.journeyId() != null && !touchpoints.hasJourney(mapping.journeyId())) {
			v.add("journeyId", "feedback.journeyUnknown", mapping.journeyId());
		}
		v.throwIfAny();
		ImportDateFormat format = ImportDateFormat.parse(mapping.dateFormat()).orElseThrow();
		ZoneId zone = blank(mapping.timeZone()) ? ZoneOffset.UTC : ZoneId.of(mapping.timeZone().trim());
		return new ImportColumns(cells, fieldCells, header, mapping, format, zone, touchpoints);
	}

	/**
	 * The item a row makes; cells that cannot be read are reported and left out of it (so
	 * that {@link Intake} still checks the rest).
	 */
	NewFeedback item(int row, List<String> values, Consumer<FieldViolation> problems) {
		Map<String, String> fields = new LinkedHashMap<>();
		fieldCells.forEach((name, cell) -> {
			if (!values.get(cell).isBlank()) {
				fields.put(name, values.get(cell).trim());
			}
		});
		String source = cell(values, ImportTarget.SOURCE);
		String language = cell(values, ImportTarget.LANGUAGE);
		return new NewFeedback(source == null ? mapping.source() : source, cell(values, ImportTarget.EXTERNAL_ID),
				cell(values, ImportTarget.AUTHOR), rating(row, values, problems), mapping.ratingMin(),
				mapping.ratingMax(), text(values),
				ImportMappingRules.language(language == null ? mapping.language() : language),
				writtenAt(row, values, problems), cell(values, ImportTarget.SITE),
				cell(values, ImportTarget.CUSTOMER_REF), mapping.journeyId(), touchpoint(row, values, problems),
				fields);
	}

	/**
	 * The column a problem of {@link Intake} is about ({@code rating} → the rating
	 * column), or the field's own name for what the mapping sets for every row.
	 */
	String columnOf(String field) {
		return columnOfField.getOrDefault(field, field);
	}

	/** The text as written (spaces kept); null when the cell is empty. */
	private String text(List<String> values) {
		Integer cell = cells.get(ImportTarget.TEXT);
		return cell == null || values.get(cell).isBlank() ? null : values.get(cell);
	}

	private String cell(List<String> values, ImportTarget target) {
		Integer cell = cells.get(target);
		return cell == null || values.get(cell).isBlank() ? null : values.get(cell).trim();
	}

	private BigDecimal rating(int row, List<String> values, Consumer<FieldViolation> problems) {
		String value = cell(values, ImportTarget.RATING);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			problems.accept(problem(row, ImportTarget.RATING, "feedback.import.ratingNotNumber", value));
			return null;
		}
	}

	private Instant writtenAt(int row, List<String> values, Consumer<FieldViolation> problems) {
		String value = cell(values, ImportTarget.WRITTEN_AT);
		if (value == null) {
			return null;
		}
		return dateFormat.read(value, zone).orElseGet(() -> {
			problems
				.accept(problem(row, ImportTarget.WRITTEN_AT, "feedback.import.badTime", value, dateFormat.label()));
			return null;
		});
	}

	/** A touchpoint id, or a name in either language (in the mapping's journey). */
	private Long touchpoint(int row, List<String> values, Consumer<FieldViolation> problems) {
		String value = cell(values, ImportTarget.TOUCHPOINT);
		if (value == null) {
			return null;
		}
		if (value.matches("[0-9]{1,18}")) {
			return Long.valueOf(value);
		}
		List<Long> named = touchpoints.named(mapping.journeyId(), value);
		if (named.size() == 1) {
			return named.get(0);
		}
		problems.accept(problem(row, ImportTarget.TOUCHPOINT,
				named.isEmpty() ? "feedback.import.touchpointUnknown" : "feedback.import.touchpointAmbiguous", value));
		return null;
	}

	private FieldViolation problem(int row, ImportTarget target, String code, Object... args) {
		return FieldViolation.of("row " + row + "." + header.get(cells.get(target)), code, args);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** Whether a zone name is known (for checking a mapping). */
	static boolean knownZone(String zone) {
		try {
			ZoneId.of(zone.trim());
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
