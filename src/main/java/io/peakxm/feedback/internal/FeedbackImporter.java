package io.peakxm.feedback.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.peakxm.feedback.BulkResult;
import io.peakxm.feedback.FeedbackImportMapping;
import io.peakxm.feedback.NewFeedback;
import io.peakxm.journey.Journeys;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.files.FileEncoding;
import io.peakxm.shared.files.FilePreview;
import io.peakxm.shared.files.ImportFiles;
import io.peakxm.shared.files.UploadedText;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports feedback from a file: CSV and XLSX as {@link ImportFiles} reads them, JSON (an
 * array of objects or NDJSON) as {@link JsonRows}, at most {@value NewFeedback#MAX_BATCH}
 * rows. The whole file is read and checked before anything is stored, and every problem
 * is named {@code row N.<column>} with the file's row numbers (at most
 * {@value #MAX_PROBLEMS}); then {@link FeedbackWriter} adds the items all or nothing,
 * leaving out those stored before.
 */
@Service
public class FeedbackImporter {

	static final int MAX_PROBLEMS = 100;

	/** How many rows a preview shows. */
	public static final int PREVIEW_ROWS = 10;

	private static final Pattern ROW = Pattern.compile("row (\\d+)(?:: |\\.)(.*)");

	private final Intake intake;

	private final FeedbackWriter writer;

	private final Journeys journeys;

	private final JsonMapper json;

	FeedbackImporter(Intake intake, FeedbackWriter writer, Journeys journeys, JsonMapper json) {
		this.intake = intake;
		this.writer = writer;
		this.journeys = journeys;
		this.json = json;
	}

	/**
	 * The targets a column may have, as a mapping names them ({@code field:} takes a
	 * name).
	 */
	public static List<String> targetNames() {
		return Arrays.stream(ImportTarget.values()).map(ImportTarget::targetName).toList();
	}

	/** The date formats a mapping may name. */
	public static List<String> dateFormats() {
		return Arrays.stream(ImportDateFormat.values()).map(ImportDateFormat::label).toList();
	}

	/**
	 * The header and first rows of a file as the import reads them; nothing is stored.
	 */
	public FilePreview preview(String fileName, byte[] content, String encoding) {
		return FilePreview.of(open(fileName, content, FileEncoding.parse("encoding", encoding)), PREVIEW_ROWS);
	}

	/** Checks a mapping on its own (for saving it). */
	public void checkMapping(FeedbackImportMapping mapping) {
		ImportMappingRules.check(mapping).throwIfAny();
	}

	public BulkResult importFile(long workspaceId, String fileName, byte[] content, FeedbackImportMapping mapping) {
		ImportFiles.Rows rows = open(fileName, content, FileEncoding.parse("encoding", mapping.encoding()));
		Touchpoints touchpoints = Touchpoints.of(journeys, workspaceId);
		ImportColumns columns = ImportColumns.plan(mapping, rows.header(), touchpoints);
		List<NewFeedback> items = new ArrayList<>();
		List<Integer> rowNumbers = new ArrayList<>();
		List<FieldViolation> problems = new ArrayList<>();
		rows.forEach((row, values) -> {
			items.add(columns.item(row, values, problems::add));
			rowNumbers.add(row);
		}, problem -> problems.add(dotted(problem)));
		if (items.isEmpty() && problems.isEmpty()) {
			throw InvalidInputException.of("file", "import.noRows");
		}
		if (!problems.isEmpty()) {
			if (!items.isEmpty()) {
				try {
					intake.check(workspaceId, items, "row", rowNumbers, touchpoints);
				}
				catch (InvalidInputException ex) {
					problems.addAll(byColumn(ex.violations(), columns));
				}
			}
			throw new InvalidInputException(first(problems));
		}
		try {
			return writer.add(workspaceId, items, "row", rowNumbers);
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(byColumn(ex.violations(), columns));
		}
	}

	/** Opens a file by its name's extension: CSV, XLSX or JSON. */
	private ImportFiles.Rows open(String fileName, byte[] content, FileEncoding encoding) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
			UploadedText.Decoded text = UploadedText.decode(content, encoding);
			return ImportFiles.open(new JsonRows(text.text(), json), text, NewFeedback.MAX_BATCH);
		}
		if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".xlsx") || name.isEmpty()) {
			return ImportFiles.open(fileName, content, encoding, NewFeedback.MAX_BATCH);
		}
		throw InvalidInputException.of("file", "feedback.import.fileType", fileName);
	}

	/** A row's problem named as the item checks name theirs: {@code row N.<column>}. */
	private static FieldViolation dotted(FieldViolation problem) {
		Matcher m = ROW.matcher(problem.field());
		return m.matches() ? new FieldViolation("row " + m.group(1) + "." + m.group(2), problem.code(), problem.args())
				: problem;
	}

	/** Problems of the items ({@code row N.rating}) named by their columns. */
	private static List<FieldViolation> byColumn(List<FieldViolation> problems, ImportColumns columns) {
		return problems.stream().map(p -> {
			Matcher m = ROW.matcher(p.field());
			return m.matches() && p.field().startsWith("row " + m.group(1) + ".")
					? new FieldViolation("row " + m.group(1) + "." + columns.columnOf(m.group(2)), p.code(), p.args())
					: p;
		}).toList();
	}

	/** The first problems by row (those of the file itself first). */
	private static List<FieldViolation> first(List<FieldViolation> problems) {
		return problems.stream().sorted(Comparator.comparingLong(FeedbackImporter::rowOf)).limit(MAX_PROBLEMS).toList();
	}

	private static long rowOf(FieldViolation problem) {
		Matcher m = ROW.matcher(problem.field());
		if (m.matches()) {
			return Long.parseLong(m.group(1));
		}
		return problem.field().matches("row \\d+") ? Long.parseLong(problem.field().substring(4)) : -1;
	}

}
