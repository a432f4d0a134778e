package io.peakxm.response.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import io.peakxm.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads import files row by row: CSV (UTF-8, optional BOM, comma or semicolon) and XLSX (first sheet). The first
 * row is the header. Rows are handed to a consumer so that a file can be read twice (check, then write) without
 * holding its rows as objects.
 */
public final class ImportFiles {

	/** A file's header and a way to walk its rows (row numbers count from 2, the first data row). */
	public interface Rows {

		List<String> header();

		void forEach(RowConsumer consumer);
	}

	/** Receives one data row. */
	public interface RowConsumer {

		void accept(int rowNumber, List<String> values);
	}

	private ImportFiles() {
	}

	public static Rows open(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			return xlsx(content);
		}
		if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
			return csv(content);
		}
		throw InvalidInputException.of("file", "import.fileType", fileName);
	}

	private static Rows csv(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
				? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
		String body = text;
		List<String> header = new ArrayList<>();
		each(body, format, record -> {
			if (header.isEmpty()) {
				record.forEach(header::add);
			}
		}, 1);
		if (header.isEmpty()) {
			throw InvalidInputException.of("file", "import.empty");
		}
		return new Rows() {
			@Override
			public List<String> header() {
				return header;
			}

			@Override
			public void forEach(RowConsumer consumer) {
				int[] row = { 0 };
				each(body, format, record -> {
					row[0]++;
					if (row[0] > 1) {
						List<String> values = new ArrayList<>(record.size());
						record.forEach(values::add);
						consumer.accept(row[0], values);
					}
				}, Long.MAX_VALUE);
			}
		};
	}

	private static void each(String text, CSVFormat format, Consumer<CSVRecord> consumer, long limit) {
		try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
			Iterator<CSVRecord> records = parser.iterator();
			for (long i = 0; i < limit && records.hasNext(); i++) {
				consumer.accept(records.next());
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw InvalidInputException.of("file", "import.malformed", String.valueOf(ex.getMessage()));
		}
	}

	private static Rows xlsx(byte[] content) {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					Cell cell = row.getCell(c);
					values.add(cell == null ? "" : formatter.formatCellValue(cell).trim());
				}
				rows.add(values);
			}
		}
		catch (IOException | RuntimeException ex) {
			throw InvalidInputException.of("file", "import.malformed", String.valueOf(ex.getMessage()));
		}
		if (rows.isEmpty()) {
			throw InvalidInputException.of("file", "import.empty");
		}
		return new Rows() {
			@Override
			public List<String> header() {
				return rows.get(0);
			}

			@Override
			public void forEach(RowConsumer consumer) {
				for (int i = 1; i < rows.size(); i++) {
					consumer.accept(i + 1, rows.get(i));
				}
			}
		};
	}
}
