package io.peakxm.response;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.response.internal.ResponseStore;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.Languages;
import io.peakxm.shared.Violations;
import io.peakxm.survey.Answer;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.ResponseValidator;
import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;

/**
 * Turns the rows of an import file into responses of one survey under a column mapping:
 * the mapping is checked against the file's header and the survey first ({@link #check}),
 * then each row is parsed and validated like a submission ({@link #parse}).
 * Thread-confined to the importer's reader thread after creation; holds no row.
 */
final class ImportRows {

	private final Survey survey;

	private final ImportMapping mapping;

	private final Clock clock;

	/** Mapped column name → its index in a row. */
	private final Map<String, Integer> columns;

	private final List<ScoreVector.Slot> slots;

	private ImportRows(Survey survey, ImportMapping mapping, Clock clock, Map<String, Integer> columns) {
		this.survey = survey;
		this.mapping = mapping;
		this.clock = clock;
		this.columns = columns;
		this.slots = ScoreVector.slots(survey.definition());
	}

	/**
	 * Checks the mapping against the header and the survey; throws naming each missing
	 * column or unknown target.
	 */
	static ImportRows check(Survey survey, List<String> header, ImportMapping mapping, Clock clock) {
		return new ImportRows(survey, mapping, clock, columnIndex(survey.definition(), header, mapping));
	}

	record Row(ResponseStore.NewResponse response, List<Answer> answers, Map<String, String> fields) {
	}

	/**
	 * One row of the file as a response; throws the row's problems (field = the question
	 * or meta target).
	 */
	Row parse(List<String> values) {
		Map<String, List<String>> raw = new HashMap<>();
		Map<String, String> hidden = new HashMap<>();
		Instant submittedAt = clock.instant();
		String customerRef = null;
		String instanceKey = null;
		String language = mapping.language() == null ? "en" : mapping.language();
		for (ImportMapping.ColumnMapping column : mapping.columns()) {
			int index = columns.get(column.column());
			String value = index < values.size() ? values.get(index).trim() : "";
			if (value.isEmpty() || column.missing().contains(value)) {
				continue;
			}
			switch (column.target()) {
				case ImportMapping.SUBMITTED_AT -> submittedAt = parseTime(value);
				case ImportMapping.CUSTOMER_REF -> customerRef = limit(value, 200, column.target());
				case ImportMapping.JOURNEY_INSTANCE -> instanceKey = limit(value, 200, column.target());
				case ImportMapping.LANGUAGE -> language = value;
				default -> {
					if (isHidden(survey.definition(), column.target())) {
						hidden.put(column.target(), value);
					}
					else {
						raw.computeIfAbsent(column.target(), k -> new ArrayList<>()).add(value);
					}
				}
			}
		}
		List<Answer> answers = ResponseValidator.validate(survey.definition(), raw, hidden, false);
		Map<String, String> fields = new LinkedHashMap<>();
		answers.stream()
			.filter(a -> a.type() == QuestionType.HIDDEN)
			.forEach(a -> fields.put(a.questionKey(), a.text()));
		String normalized;
		try {
			normalized = Languages.normalize(language);
		}
		catch (InvalidInputException ex) {
			normalized = "en";
		}
		return new Row(new ResponseStore.NewResponse(survey.workspaceId(), survey.id(), survey.currentVersion(),
				CollectionChannel.IMPORT, normalized, null, customerRef, instanceKey, null, null, submittedAt,
				ScoreVector.encode(slots, answers)), answers, fields);
	}

	/**
	 * Checks that every mapped column exists and every target is known; returns column
	 * name → index.
	 */
	private static Map<String, Integer> columnIndex(SurveyDefinition definition, List<String> header,
			ImportMapping mapping) {
		Violations violations = new Violations();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			index.putIfAbsent(header.get(i).trim(), i);
		}
		if (mapping.columns().isEmpty()) {
			violations.add("mapping", "import.noColumns");
		}
		for (ImportMapping.ColumnMapping column : mapping.columns()) {
			if (column.column() == null || !index.containsKey(column.column().trim())) {
				violations.add("mapping", "import.columnMissing", String.valueOf(column.column()));
			}
			else if (!targetExists(definition, column.target())) {
				violations.add("mapping", "import.targetUnknown", String.valueOf(column.target()), column.column());
			}
		}
		violations.throwIfAny();
		Map<String, Integer> result = new HashMap<>();
		mapping.columns().forEach(c -> result.put(c.column(), index.get(c.column().trim())));
		return result;
	}

	private static boolean targetExists(SurveyDefinition definition, String target) {
		if (target == null) {
			return false;
		}
		if (target.startsWith("@")) {
			return List
				.of(ImportMapping.SUBMITTED_AT, ImportMapping.CUSTOMER_REF, ImportMapping.JOURNEY_INSTANCE,
						ImportMapping.LANGUAGE)
				.contains(target);
		}
		int dot = target.indexOf('.');
		String key = dot < 0 ? target : target.substring(0, dot);
		Question q = definition.question(key).orElse(null);
		if (q == null) {
			return false;
		}
		if (q.type() == QuestionType.MATRIX) {
			return dot > 0 && q.rows().stream().anyMatch(r -> r.key().equals(target.substring(dot + 1)));
		}
		return dot < 0 || (q.allowOther() && target.endsWith(".other"));
	}

	private static boolean isHidden(SurveyDefinition definition, String target) {
		return definition.question(target).map(q -> q.type() == QuestionType.HIDDEN).orElse(false);
	}

	/**
	 * The file column a problem's field came from (the field itself when no column maps
	 * to it).
	 */
	String columnOf(String field) {
		return this.mapping.columns()
			.stream()
			.filter(c -> field.equals(c.target()))
			.map(ImportMapping.ColumnMapping::column)
			.findFirst()
			.orElse(field);
	}

	private static String limit(String value, int max, String target) {
		if (value.length() > max) {
			throw InvalidInputException.of(target, "validation.tooLong", max);
		}
		return value;
	}

	private static Instant parseTime(String value) {
		try {
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
			}
			if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
				return OffsetDateTime.parse(value).toInstant();
			}
			return LocalDateTime.parse(value.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(ImportMapping.SUBMITTED_AT, "import.badTime", value);
		}
	}

}
