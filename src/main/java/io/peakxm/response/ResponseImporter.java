package io.peakxm.response;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import io.peakxm.response.internal.ImportFiles;
import io.peakxm.response.internal.ResponseStore;
import io.peakxm.response.internal.UploadedText;
import io.peakxm.shared.ConflictException;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.survey.Survey;
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
 * each problem (the first 200) and the transaction is rolled back, so nothing of the file stays. How a file is
 * read — its encoding, rows with the wrong number of cells, limits — is {@code ImportFiles}'s; {@link #preview}
 * shows the start of a file as the import would read it.
 */
@Service
public class ResponseImporter {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ResponseImporter.class);

	public static final int MAX_ROWS = 500_000;

	public static final int MAX_REPORTED_ERRORS = 200;

	private static final int BATCH = 1000;

	private static final int PREVIEW_ROWS = 5;

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
		ImportFiles.Rows rows = ImportFiles.open(fileName, content, FileEncoding.parse("encoding", mapping.encoding()),
				MAX_ROWS);
		ImportRows parser = ImportRows.check(survey, rows.header(), mapping, clock);
		List<FieldViolation> errors = new ArrayList<>();
		int[] count = { 0 };
		try {
			transactions.executeWithoutResult(status -> {
				// One pass: a reader thread checks each row and, while no row has failed, hands rows on in batches;
				// this thread (which holds the transaction's connection) writes them meanwhile. The first bad row
				// stops the writing (the rest is still checked, to report every problem); any problem rolls the whole
				// transaction back, so a file is imported completely or not at all.
				BlockingQueue<List<ImportRows.Row>> batches = new ArrayBlockingQueue<>(4);
				RuntimeException[] failure = new RuntimeException[1];
				Thread reader = new Thread(() -> {
					try {
						List<ImportRows.Row> batch = new ArrayList<>(BATCH);
						rows.forEach((row, values) -> {
							count[0]++;
							try {
								ImportRows.Row parsed = parser.parse(values);
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
									report(errors, new FieldViolation("row " + row + ": " + parser.columnOf(v.field()),
											v.code(), v.args()));
								}
							}
						}, problem -> report(errors, problem));
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
					List<ImportRows.Row> batch = take(batches);
					if (batch.isEmpty()) {
						break;
					}
					if (failure[0] == null && errors.isEmpty()) {
						store.insertBatch(batch.stream().map(ImportRows.Row::response).toList(),
								batch.stream().map(ImportRows.Row::answers).toList(), batch.stream().map(ImportRows.Row::fields).toList());
					}
				}
				join(reader);
				if (failure[0] != null) {
					throw failure[0];
				}
				if (!errors.isEmpty()) {
					throw new InvalidInputException(errors);
				}
				if (count[0] == 0) {
					throw InvalidInputException.of("file", "import.noRows");
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
		UploadedText.Decoded encoding = rows.encoding();
		return new ImportResult(count[0], (done - started) / 1_000_000,
				encoding == null ? null : encoding.encoding().label(), encoding != null && encoding.detected());
	}

	/**
	 * The header and first rows of a file as an import would read them (nothing is written), so that the user sees
	 * whether the text is right before mapping the columns, and which encoding was used.
	 */
	public ImportPreview preview(Actor actor, long surveyId, String fileName, byte[] content, String encoding) {
		surveys.get(actor, surveyId);
		ImportFiles.Rows rows = ImportFiles.open(fileName, content, FileEncoding.parse("encoding", encoding), MAX_ROWS);
		UploadedText.Decoded decoded = rows.encoding();
		return new ImportPreview(rows.header(), rows.first(PREVIEW_ROWS),
				decoded == null ? null : decoded.encoding().label(), decoded != null && decoded.detected());
	}

	/** Keeps the first problems; a file with thousands of bad rows is reported by its first ones. */
	private static void report(List<FieldViolation> errors, FieldViolation problem) {
		if (errors.size() < MAX_REPORTED_ERRORS) {
			errors.add(problem);
		}
	}

	private static void put(BlockingQueue<List<ImportRows.Row>> queue, List<ImportRows.Row> batch) {
		try {
			queue.put(batch);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrupted", ex);
		}
	}

	private static List<ImportRows.Row> take(BlockingQueue<List<ImportRows.Row>> queue) {
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
}
