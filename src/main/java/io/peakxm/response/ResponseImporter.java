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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

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
import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports responses from CSV or XLSX files. Every row is checked against the survey's current version (ranges,
 * options, lengths; required questions are not enforced for historic data) and written in batches (COPY on
 * PostgreSQL) in one transaction; if any row is wrong the import is rejected with the row, column and reason of
 * each problem (the first 200) and the transaction is rolled back, so nothing of the file stays.
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
		try {
			transactions.executeWithoutResult(status -> {
				// One pass: a reader thread checks each row and, while no row has failed, hands rows on in batches;
				// this thread (which holds the transaction's connection) writes them meanwhile. The first bad row
				// stops the writing (the rest is still checked, to report every problem); any problem rolls the whole
				// transaction back, so a file is imported completely or not at all.
				BlockingQueue<List<Row>> batches = new ArrayBlockingQueue<>(4);
				RuntimeException[] failure = new RuntimeException[1];
				List<ScoreVector.Slot> slots = ScoreVector.slots(survey.definition());
				Thread reader = new Thread(() -> {
					try {
						List<Row> batch = new ArrayList<>(BATCH);
						rows.forEach((row, values) -> {
							count[0]++;
							if (count[0] > MAX_ROWS) {
								throw InvalidInputException.of("file", "import.tooManyRows", MAX_ROWS);
							}
							try {
								Row parsed = toRow(survey, slots, mapping, columns, values);
								if (errors.isEmpty()) {
									batch.add(parsed);
									if (batch.size() == BATCH) {
										put(batches, List.copyOf(batch));
										batch.clear();
									}
								}
							}
							catch (InvalidInputException ex) {
								for (FieldViolation v : ex.violations()) {
									if (errors.size() < MAX_REPORTED_ERRORS) {
										errors.add(new FieldViolation("row " + row + ": " + columnOf(mapping, v.field()),
												v.code(), v.args()));
									}
								}
							}
						});
						if (errors.isEmpty() && !batch.isEmpty()) {
							put(batches, List.copyOf(batch));
						}
					}
					catch (RuntimeException ex) {
						failure[0] = ex;
					}
					finally {
						put(batches, List.of());
					}
				}, "import-reader");
				reader.start();
				while (true) {
					List<Row> batch = take(batches);
					if (batch.isEmpty()) {
						break;
					}
					if (failure[0] == null && errors.isEmpty()) {
						store.insertBatch(batch.stream().map(Row::response).toList(),
								batch.stream().map(Row::answers).toList(), batch.stream().map(Row::fields).toList());
					}
				}
				join(reader);
				if (failure[0] != null) {
					throw failure[0];
				}
				if (count[0] == 0) {
					throw InvalidInputException.of("file", "import.noRows");
				}
				if (!errors.isEmpty()) {
					throw new InvalidInputException(errors);
				}
				events.publishEvent(new ResponsesImported(survey.workspaceId(), surveyId, count[0]));
				auditLog.record(survey.workspaceId(), actor.userId(), actor.email(), ResponseAuditActions.IMPORTED,
						"survey " + surveyId, count[0] + " rows from " + fileName);
			});
		}
		catch (InvalidInputException ex) {
			log.info("Import into survey {} refused after {} ms: {} problems in {} rows", surveyId,
					(System.nanoTime() - started) / 1_000_000, ex.violations().size(), count[0]);
			throw ex;
		}
		long done = System.nanoTime();
		log.info("Imported {} rows into survey {}: checked and written in {} ms", count[0], surveyId,
				(done - started) / 1_000_000);
		return new ImportResult(count[0], (done - started) / 1_000_000);
	}

	private static void put(BlockingQueue<List<Row>> queue, List<Row> batch) {
		try {
			queue.put(batch);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrupted", ex);
		}
	}

	private static List<Row> take(BlockingQueue<List<Row>> queue) {
		try {
			return queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrupted", ex);
		}
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrupted", ex);
		}
	}

	private record Row(ResponseStore.NewResponse response, List<Answer> answers, Map<String, String> fields) {
	}

	private Row toRow(Survey survey, List<ScoreVector.Slot> slots, ImportMapping mapping, Map<String, Integer> columns, List<String> values) {
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
				Channel.IMPORT, normalized, null, customerRef, instanceKey, null, null, submittedAt,
				ScoreVector.encode(slots, answers)), answers, fields);
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
