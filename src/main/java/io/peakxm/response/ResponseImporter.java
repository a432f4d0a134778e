package io.peakxm.response;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.peakxm.shared.files.FileEncoding;
import io.peakxm.shared.files.FilePreview;
import io.peakxm.shared.files.ImportFiles;
import io.peakxm.response.internal.ImportPipeline;
import io.peakxm.response.internal.ResponseStore;
import io.peakxm.shared.files.UploadedText;
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
 * Imports responses from CSV or XLSX files. Every row is checked against the survey's
 * current version (ranges, options, lengths; required questions are not enforced for
 * historic data) and written in batches (COPY on PostgreSQL) in one transaction; if any
 * row is wrong the import is rejected with the row, column and reason of each problem
 * (the first 200) and the transaction is rolled back, so nothing of the file stays. How a
 * file is read — its encoding, rows with the wrong number of cells, limits — is
 * {@code ImportFiles}'s; {@link #preview} shows the start of a file as the import would
 * read it.
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
		Checked[] checked = new Checked[1];
		try {
			transactions.executeWithoutResult(status -> {
				// One pass: ImportPipeline checks the rows on a thread of its own while
				// this thread (which holds the
				// transaction's connection) writes the batch before. The first bad row
				// stops the writing (the rest is
				// still checked, to report every problem); any problem rolls the whole
				// transaction back, so a file is
				// imported completely or not at all.
				checked[0] = ImportPipeline.run(BATCH, out -> check(rows, parser, out), this::insert);
				if (!checked[0].errors().isEmpty()) {
					throw new InvalidInputException(checked[0].errors());
				}
				if (checked[0].rows() == 0) {
					throw InvalidInputException.of("file", "import.noRows");
				}
				events.publishEvent(new ResponsesImported(survey.workspaceId(), surveyId, checked[0].rows()));
				auditLog.record(survey.workspaceId(), actor.userId(), actor.email(), ResponseAuditActions.IMPORTED,
						"survey " + surveyId, checked[0].rows() + " rows from " + fileName);
			});
		}
		catch (InvalidInputException ex) {
			log.info("Import into survey {} refused after {} ms: {} problems in {} rows", surveyId,
					(System.nanoTime() - started) / 1_000_000, ex.violations().size(),
					checked[0] == null ? "?" : checked[0].rows());
			throw ex;
		}
		int count = checked[0].rows();
		long done = System.nanoTime();
		log.info("Imported {} rows into survey {}: checked and written in {} ms", count, surveyId,
				(done - started) / 1_000_000);
		UploadedText.Decoded encoding = rows.encoding();
		return new ImportResult(count, (done - started) / 1_000_000,
				encoding == null ? null : encoding.encoding().label(), encoding != null && encoding.detected());
	}

	/**
	 * The header and first rows of a file as an import would read them (nothing is
	 * written), so that the user sees whether the text is right before mapping the
	 * columns, and which encoding was used.
	 */
	public ImportPreview preview(Actor actor, long surveyId, String fileName, byte[] content, String encoding) {
		surveys.get(actor, surveyId);
		ImportFiles.Rows rows = ImportFiles.open(fileName, content, FileEncoding.parse("encoding", encoding), MAX_ROWS);
		FilePreview start = FilePreview.of(rows, PREVIEW_ROWS);
		return new ImportPreview(start.header(), start.rows(), start.encoding(), start.encodingDetected());
	}

	/**
	 * Keeps the first problems; a file with thousands of bad rows is reported by its
	 * first ones.
	 */
	private static void report(List<FieldViolation> errors, FieldViolation problem) {
		if (errors.size() < MAX_REPORTED_ERRORS) {
			errors.add(problem);
		}
	}

	/**
	 * Writes a batch of checked rows (COPY on PostgreSQL), on the thread that holds the
	 * transaction.
	 */
	private void insert(List<ImportRows.Row> batch) {
		store.insertBatch(batch.stream().map(ImportRows.Row::response).toList(),
				batch.stream().map(ImportRows.Row::answers).toList(),
				batch.stream().map(ImportRows.Row::fields).toList());
	}

	/**
	 * The rows of a file and the problems found in them (the first
	 * {@value #MAX_REPORTED_ERRORS}).
	 */
	private record Checked(int rows, List<FieldViolation> errors) {
	}

	/**
	 * Runs on the pipeline's reader thread: checks every row, hands the good ones over
	 * until the first bad one.
	 */
	private static Checked check(ImportFiles.Rows rows, ImportRows parser, ImportPipeline.Rows<ImportRows.Row> out) {
		List<FieldViolation> errors = new ArrayList<>();
		int[] count = { 0 };
		rows.forEach((row, values) -> {
			count[0]++;
			try {
				ImportRows.Row parsed = parser.parse(values);
				out.accept(parsed);
			}
			catch (InvalidInputException ex) {
				out.stopWriting();
				for (FieldViolation v : ex.violations()) {
					report(errors,
							new FieldViolation("row " + row + ": " + parser.columnOf(v.field()), v.code(), v.args()));
				}
			}
		}, problem -> {
			out.stopWriting();
			report(errors, problem);
		});
		return new Checked(count[0], errors);
	}

}
