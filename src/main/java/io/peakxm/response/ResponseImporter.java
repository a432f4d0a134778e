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

import io.peakxm.response.internal.ImportFiles;
import io.peakxm.response.internal.ResponseStore;
import io.peakxm.shared.ConflictException;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.Languages;
import io.peakxm.survey.Answer;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.ResponseValidator;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports responses from CSV or XLSX files. The whole file is checked first, row by row, against the survey's
 * current version (ranges, options, lengths; required questions are not enforced for historic data); if any row
 * is wrong the import is rejected with the row, column and reason of each problem (the first 200) and nothing is
 * written. Otherwise all rows are written in one transaction, in JDBC batches.
 */
@Service
public class ResponseImporter {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ResponseImporter.class);

	public static final int MAX_ROWS = 500_000;

	public static final int MAX_REPORTED_ERRORS = 200;

	private static final int BATCH = 1000;

	private final Surveys surveys;

	private final ResponseStore store;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final Clock clock;

	ResponseImporter(Surveys surveys, ResponseStore store, TransactionTemplate transactions,
			ApplicationEventPublisher events, AuditLog auditLog, Clock clock) {
		this.surveys = surveys;
		this.store = store;
		this.transactions = transactions;
		this.events = events;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	public ImportResult importFile(Actor actor, long surveyId, String fileName, byte[] content, ImportMapping mapping) {
		long started = System.nanoTime();
		Survey survey = surveys.get(actor, surveyId);
		if (survey.currentVersion() == null) {
			throw new ConflictException("import.neverOpened");
		}
		ImportFiles.Rows rows = ImportFiles.open(fileName, content);
		Map<String, Integer> columns = checkMapping(survey.definition(), rows.header(), mapping);
		List<FieldViolation> errors = new ArrayList<>();
		int[] count = { 0 };
		rows.forEach((row, values) -> {
			count[0]++;
			if (count[0] > MAX_ROWS) {
				throw InvalidInputException.of("file", "import.tooManyRows", MAX_ROWS);
			}
			try {
				toRow(survey, mapping, columns, values);
			}
			catch (InvalidInputException ex) {
				for (FieldViolation v : ex.violations()) {
					if (errors.size() < MAX_REPORTED_ERRORS) {
						errors.add(new FieldViolation("row " + row + ": " + columnOf(mapping, v.field()), v.code(), v.args()));
					}
				}
			}
		});
		if (count[0] == 0) {
			throw InvalidInputException.of("file", "import.noRows");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long checked = System.nanoTime();
		transactions.executeWithoutResult(status -> {
			List<ResponseStore.NewResponse> batch = new ArrayList<>(BATCH);
			List<List<Answer>> answers = new ArrayList<>(BATCH);
			List<Map<String, String>> fields = new ArrayList<>(BATCH);
			rows.forEach((row, values) -> {
				Row parsed = toRow(survey, mapping, columns, values);
				batch.add(parsed.response());
				answers.add(parsed.answers());
				fields.add(parsed.fields());
				if (batch.size() == BATCH) {
					store.insertBatch(batch, answers, fields);
					batch.clear();
					answers.clear();
					fields.clear();
				}
			});
			if (!batch.isEmpty()) {
				store.insertBatch(batch, answers, fields);
			}
			events.publishEvent(new ResponsesImported(survey.workspaceId(), surveyId, count[0]));
			auditLog.record(survey.workspaceId(), actor.userId(), actor.email(), ResponseAuditActions.IMPORTED,
					"survey " + surveyId, count[0] + " rows from " + fileName);
		});
		long done = System.nanoTime();
		log.info("Imported {} rows into survey {}: checked in {} ms, written in {} ms", count[0], surveyId,
				(checked - started) / 1_000_000, (done - checked) / 1_000_000);
		return new ImportResult(count[0], (done - started) / 1_000_000);
	}

	private record Row(ResponseStore.NewResponse response, List<Answer> answers, Map<String, String> fields) {
	}

	private Row toRow(Survey survey, ImportMapping mapping, Map<String, Integer> columns, List<String> values) {
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
		answers.stream().filter(a -> a.type() == QuestionType.HIDDEN).forEach(a -> fields.put(a.questionKey(), a.text()));
		String normalized;
		try {
			normalized = Languages.normalize(language);
		}
		catch (InvalidInputException ex) {
			normalized = "en";
		}
		return new Row(new ResponseStore.NewResponse(survey.workspaceId(), survey.id(), survey.currentVersion(),
				Channel.IMPORT, normalized, null, customerRef, instanceKey, null, null, submittedAt), answers, fields);
	}

	/** Checks that every mapped column exists and every target is known; returns column name → index. */
	private static Map<String, Integer> checkMapping(SurveyDefinition definition, List<String> header,
			ImportMapping mapping) {
		io.peakxm.shared.Violations violations = new io.peakxm.shared.Violations();
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
			return List.of(ImportMapping.SUBMITTED_AT, ImportMapping.CUSTOMER_REF, ImportMapping.JOURNEY_INSTANCE,
					ImportMapping.LANGUAGE).contains(target);
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

	private static String columnOf(ImportMapping mapping, String field) {
		return mapping.columns()
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
