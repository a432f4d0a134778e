package io.peakxm.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one defusing rule for spreadsheet exports, checked with the formula corpus. */
class SpreadsheetCellsTests {

	@Test
	void neutralisesEveryHostileTextWithALeadingApostrophe() {
		for (String payload : FormulaCorpus.HOSTILE) {
			assertThat(SpreadsheetCells.text(payload)).as(visible(payload)).isEqualTo("'" + payload);
			assertThat(FormulaCorpus.isLive(SpreadsheetCells.text(payload))).as(visible(payload)).isFalse();
		}
	}

	@Test
	void leavesHarmlessTextAsItIs() {
		for (String text : FormulaCorpus.HARMLESS) {
			assertThat(SpreadsheetCells.text(text)).isEqualTo(text);
		}
		assertThat(SpreadsheetCells.text("")).isEmpty();
		assertThat(SpreadsheetCells.text("   ")).isEqualTo("   ");
		assertThat(SpreadsheetCells.text(null)).isNull();
	}

	@Test
	void csvRecordsKeepNumbersAsNumbersAndQuoteNeutralisedText() throws IOException {
		List<Object> values = new ArrayList<>(List.of(-3, -1.5, 42L, 0.1, 1e20));
		values.addAll(FormulaCorpus.HOSTILE);
		values.addAll(FormulaCorpus.HARMLESS);
		values.add(null);
		String line = SpreadsheetCells.csvRecord(values);
		CSVRecord record = parse(line);
		assertThat(record.size()).isEqualTo(values.size());
		assertThat(record.get(0)).isEqualTo("-3");
		assertThat(record.get(1)).isEqualTo("-1.5");
		assertThat(record.get(2)).isEqualTo("42");
		assertThat(record.get(3)).isEqualTo("0.1");
		assertThat(record.get(4)).isEqualTo("100000000000000000000");
		for (int i = 0; i < FormulaCorpus.HOSTILE.size(); i++) {
			assertThat(record.get(5 + i)).isEqualTo("'" + FormulaCorpus.HOSTILE.get(i));
		}
		for (int i = 0; i < FormulaCorpus.HARMLESS.size(); i++) {
			assertThat(record.get(5 + FormulaCorpus.HOSTILE.size() + i)).isEqualTo(FormulaCorpus.HARMLESS.get(i));
		}
		assertThat(record.get(values.size() - 1)).isEmpty();
	}

	@Test
	void xlsxRowsHoldNumbersAsNumericCellsAndNeutralisedTextAsText() throws IOException {
		List<Object> values = new ArrayList<>(List.of(-3, -1.5));
		values.addAll(FormulaCorpus.HOSTILE);
		byte[] bytes;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SpreadsheetCells.writeRow(workbook.createSheet("s").createRow(0), values);
			workbook.write(out);
			bytes = out.toByteArray();
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			var row = workbook.getSheetAt(0).getRow(0);
			assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(-3.0);
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-1.5);
			for (int i = 0; i < FormulaCorpus.HOSTILE.size(); i++) {
				var cell = row.getCell(2 + i);
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getStringCellValue()).as(visible(FormulaCorpus.HOSTILE.get(i)))
					.isEqualTo("'" + FormulaCorpus.HOSTILE.get(i));
			}
		}
	}

	private static CSVRecord parse(String line) throws IOException {
		try (CSVParser parser = CSVParser.parse(new StringReader(line), CSVFormat.DEFAULT)) {
			return parser.getRecords().get(0);
		}
	}

	private static String visible(String text) {
		return text.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
	}

}
