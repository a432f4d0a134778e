package io.peakxm.shared.files;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.peakxm.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a decoded CSV text, numbered from 1 (empty lines count, so a row number
 * is the line number when no cell spans lines). The delimiter is a comma, or a semicolon
 * when the first line holds more semicolons than commas (what Excel writes in locales
 * with a decimal comma); spaces around cells are dropped.
 */
final class CsvRows implements ImportFiles.RawRows {

	private final String text;

	private final CSVFormat format;

	private CsvRows(String text, CSVFormat format) {
		this.text = text;
		this.format = format;
	}

	static CsvRows of(String text) {
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars()
			.filter(c -> c == ',')
			.count() ? ';' : ',';
		return new CsvRows(text,
				CSVFormat.DEFAULT.builder()
					.setDelimiter(delimiter)
					.setIgnoreSurroundingSpaces(true)
					.setIgnoreEmptyLines(false)
					.get());
	}

	@Override
	public void forEach(ImportFiles.RowConsumer rows) {
		try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
			Iterator<CSVRecord> records = parser.iterator();
			long number = 0;
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						return;
					}
					record = records.next();
				}
				catch (UncheckedIOException ex) {
					// commons-csv stops at a quote that is never closed or is followed by
					// text before the delimiter.
					throw InvalidInputException.of("file", "import.csvQuotes", number + 1);
				}
				number = record.getRecordNumber();
				List<String> values = new ArrayList<>(record.size());
				record.forEach(values::add);
				rows.accept((int) number, values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
