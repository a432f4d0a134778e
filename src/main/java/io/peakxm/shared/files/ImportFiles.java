package io.peakxm.shared.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.WellFormedText;

/**
 * Reads import files row by row: CSV (any {@link FileEncoding}, comma or semicolon) and
 * XLSX (first sheet, streamed). The first row that is not empty is the header. Rows are
 * handed to a consumer so that a file is never held as row objects, and every data row is
 * checked the same way whatever the format:
 * <ul>
 * <li>rows whose cells are all empty are skipped (spreadsheets leave them at the end of a
 * sheet);</li>
 * <li>a row with more or fewer cells than the header is a problem of that row (an XLSX
 * row may leave its trailing cells out: they are empty);</li>
 * <li>a cell that breaks the well-formed text rule ({@link WellFormedText}: NUL, a broken
 * surrogate, a control character), or is longer than {@value #MAX_CELL_LENGTH}
 * characters, is a problem of that row and column;</li>
 * <li>more than the caller's row limit, {@value #MAX_COLUMNS} columns or
 * {@value #MAX_CELLS} cells refuse the whole file at once, in words.</li>
 * </ul>
 * Problems of single rows go to the caller's problem list (so an import reports all of
 * them) and the row is not passed on.
 */
public final class ImportFiles {

	/** Most columns a file may have. */
	public static final int MAX_COLUMNS = 2_000;

	/** Most cells (rows × columns, header included) a file may have. */
	public static final int MAX_CELLS = 20_000_000;

	/** Most characters in a cell: Excel's own limit. */
	public static final int MAX_CELL_LENGTH = 32_767;

	/**
	 * A file's header and a way to walk its rows (numbered as the file numbers them: the
	 * header is row 1 or more).
	 */
	public interface Rows {

		List<String> header();

		/**
		 * The encoding a CSV file was read with (null for XLSX) and whether it was
		 * detected rather than chosen.
		 */
		UploadedText.Decoded encoding();

		/**
		 * Hands each well-formed data row to {@code rows} and each problem of a row to
		 * {@code problems}.
		 */
		void forEach(RowConsumer rows, Consumer<FieldViolation> problems);

		/**
		 * The first {@code count} well-formed data rows (rows with problems are left
		 * out).
		 */
		default List<List<String>> first(int count) {
			List<List<String>> sample = new ArrayList<>();
			try {
				forEach((row, values) -> {
					sample.add(List.copyOf(values));
					if (sample.size() >= count) {
						throw new EnoughRead();
					}
				}, problem -> {
				});
			}
			catch (EnoughRead enough) {
				// The preview is complete.
			}
			return sample;
		}

	}

	/** Receives one data row. */
	public interface RowConsumer {

		void accept(int rowNumber, List<String> values);

	}

	/**
	 * What a format reader hands on: every row of the file, the header included, with its
	 * number. CSV and XLSX readers are here; a module reads another format (JSON objects
	 * as rows) by implementing it and opening it with
	 * {@link #open(RawRows, UploadedText.Decoded, int)}.
	 */
	public interface RawRows {

		void forEach(RowConsumer rows);

		/**
		 * Whether rows leave empty cells out (XLSX rows end at their last filled cell).
		 */
		default boolean omitsEmptyCells() {
			return false;
		}

	}

	private ImportFiles() {
	}

	/**
	 * Opens a file by its name's extension; {@code maxRows} data rows at most (more
	 * refuse the whole file).
	 */
	public static Rows open(String fileName, byte[] content, FileEncoding encoding, int maxRows) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			return checked(XlsxRows.of(content), null, maxRows);
		}
		if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
			UploadedText.Decoded text = UploadedText.decode(content, encoding);
			return checked(CsvRows.of(text.text()), text, maxRows);
		}
		throw InvalidInputException.of("file", "import.fileType", fileName);
	}

	/**
	 * Opens rows read by a caller's own format reader, checked as CSV and XLSX rows are;
	 * {@code encoding} is what the text was decoded with (null: none).
	 */
	public static Rows open(RawRows raw, UploadedText.Decoded encoding, int maxRows) {
		return checked(raw, encoding, maxRows);
	}

	private static Rows checked(RawRows raw, UploadedText.Decoded encoding, int maxRows) {
		List<String> header = new ArrayList<>();
		int[] headerRow = { 0 };
		try {
			raw.forEach((row, values) -> {
				if (!blank(values)) {
					header.addAll(values);
					headerRow[0] = row;
					throw new EnoughRead();
				}
			});
		}
		catch (EnoughRead found) {
			// The header is all the first pass reads.
		}
		if (raw.omitsEmptyCells()) {
			while (!header.isEmpty() && header.get(header.size() - 1).isBlank()) {
				header.remove(header.size() - 1);
			}
		}
		if (header.isEmpty()) {
			throw InvalidInputException.of("file", "import.empty");
		}
		if (header.size() > MAX_COLUMNS) {
			throw InvalidInputException.of("file", "import.tooManyColumns", header.size(), MAX_COLUMNS);
		}
		List<FieldViolation> headerProblems = new ArrayList<>();
		checkCells(headerRow[0], header, header, headerProblems::add);
		if (!headerProblems.isEmpty()) {
			throw new InvalidInputException(headerProblems);
		}
		List<String> fixedHeader = List.copyOf(header);
		return new Rows() {
			@Override
			public List<String> header() {
				return fixedHeader;
			}

			@Override
			public UploadedText.Decoded encoding() {
				return encoding;
			}

			@Override
			public void forEach(RowConsumer rows, Consumer<FieldViolation> problems) {
				long[] cells = { fixedHeader.size() };
				int[] dataRows = { 0 };
				raw.forEach((row, values) -> {
					if (row <= headerRow[0] || blank(values)) {
						return;
					}
					if (raw.omitsEmptyCells()) {
						values = fitted(values, fixedHeader.size());
					}
					if (++dataRows[0] > maxRows) {
						throw InvalidInputException.of("file", "import.tooManyRows", maxRows);
					}
					cells[0] += values.size();
					if (cells[0] > MAX_CELLS) {
						throw InvalidInputException.of("file", "import.tooManyCells", MAX_CELLS);
					}
					if (values.size() != fixedHeader.size()) {
						problems.accept(
								FieldViolation.of("row " + row, "import.cellCount", values.size(), fixedHeader.size()));
						return;
					}
					if (checkCells(row, fixedHeader, values, problems)) {
						rows.accept(row, values);
					}
				});
			}
		};
	}

	/**
	 * Checks each cell's length and characters ({@link WellFormedText}); true when all
	 * are fine.
	 */
	private static boolean checkCells(int row, List<String> header, List<String> values,
			Consumer<FieldViolation> problems) {
		boolean fine = true;
		for (int c = 0; c < values.size(); c++) {
			String value = values.get(c);
			if (value.length() <= MAX_CELL_LENGTH && WellFormedText.isWellFormed(value)) {
				continue;
			}
			String field = "row " + row + ": "
					+ (c < header.size() && !header.get(c).isBlank() ? header.get(c) : columnLetters(c));
			problems.accept(value.length() > MAX_CELL_LENGTH
					? FieldViolation.of(field, "import.cellTooLong", value.length(), MAX_CELL_LENGTH)
					: WellFormedText.problem(field, value).orElseThrow());
			fine = false;
		}
		return fine;
	}

	/**
	 * An XLSX row as wide as the header: missing cells at the end are empty, empty ones
	 * beyond the header go.
	 */
	private static List<String> fitted(List<String> values, int width) {
		int last = values.size();
		while (last > width && values.get(last - 1).isBlank()) {
			last--;
		}
		List<String> fitted = new ArrayList<>(values.subList(0, last));
		while (fitted.size() < width) {
			fitted.add("");
		}
		return fitted;
	}

	private static boolean blank(List<String> values) {
		return values.stream().allMatch(v -> v == null || v.isBlank());
	}

	/**
	 * A column as a spreadsheet names it: A, B, …, Z, AA, … (for cells without a header).
	 */
	static String columnLetters(int index) {
		StringBuilder letters = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			letters.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return letters.toString();
	}

	/** Stops a pass that has read what it needs (the header, a preview). */
	private static final class EnoughRead extends RuntimeException {

		EnoughRead() {
			super(null, null, false, false);
		}

	}

}
