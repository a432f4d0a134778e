package io.peakxm.shared.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.WellFormedText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Import files are read the same way whatever their format: rows checked, limits said in
 * words.
 */
class ImportFilesTests {

	@Test
	void reportsEachRowWithTooFewOrTooManyCellsAndSkipsEmptyLines() {
		String csv = "a,b,c\n1,2\n4,5,6,7\n\n   \n7,8,9\n";
		List<String> rows = new ArrayList<>();
		List<FieldViolation> problems = new ArrayList<>();
		ImportFiles.open("f.csv", csv.getBytes(StandardCharsets.UTF_8), FileEncoding.AUTO, 100)
			.forEach((row, values) -> rows.add(row + ":" + values), problems::add);
		assertThat(rows).containsExactly("6:[7, 8, 9]");
		assertThat(problems).containsExactly(FieldViolation.of("row 2", "import.cellCount", 2, 3),
				FieldViolation.of("row 3", "import.cellCount", 4, 3));
	}

	@Test
	void refusesNulCharactersNamingRowAndColumn() {
		String csv = "name,comment\nAnna,fine\nBo,bad\u0000text\n";
		List<FieldViolation> problems = new ArrayList<>();
		ImportFiles.open("f.csv", csv.getBytes(StandardCharsets.UTF_8), FileEncoding.UTF_8, 100)
			.forEach((row, values) -> {
			}, problems::add);
		assertThat(problems).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("row 3: comment", WellFormedText.CODE));
	}

	@Test
	void refusesCellsLongerThanExcelAllows() {
		String csv = "name,comment\nAnna," + "x".repeat(ImportFiles.MAX_CELL_LENGTH + 1) + "\n";
		List<FieldViolation> problems = new ArrayList<>();
		ImportFiles.open("f.csv", csv.getBytes(StandardCharsets.UTF_8), FileEncoding.AUTO, 100)
			.forEach((row, values) -> {
			}, problems::add);
		assertThat(problems).containsExactly(FieldViolation.of("row 2: comment", "import.cellTooLong",
				ImportFiles.MAX_CELL_LENGTH + 1, ImportFiles.MAX_CELL_LENGTH));
	}

	@Test
	void refusesAWholeFileOverTheRowOrColumnLimitInWords() {
		String csv = "a\n1\n2\n3\n";
		ImportFiles.Rows rows = ImportFiles.open("f.csv", csv.getBytes(StandardCharsets.UTF_8), FileEncoding.AUTO, 2);
		assertThatThrownBy(() -> rows.forEach((row, values) -> {
		}, problem -> {
		})).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).containsExactly(FieldViolation.of("file", "import.tooManyRows", 2)));
		String wide = String.join(",", java.util.Collections.nCopies(ImportFiles.MAX_COLUMNS + 1, "c")) + "\n";
		assertThatThrownBy(() -> ImportFiles.open("f.csv", wide.getBytes(StandardCharsets.UTF_8), FileEncoding.AUTO, 2))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.violations()).containsExactly(FieldViolation.of("file", "import.tooManyColumns",
							ImportFiles.MAX_COLUMNS + 1, ImportFiles.MAX_COLUMNS)));
	}

	@Test
	void namesTheRowWhereAQuoteIsNeverClosed() {
		String csv = "a,b\n1,2\n3,\"open\n4,5\n";
		ImportFiles.Rows rows = ImportFiles.open("f.csv", csv.getBytes(StandardCharsets.UTF_8), FileEncoding.AUTO, 100);
		assertThatThrownBy(() -> rows.forEach((row, values) -> {
		}, problem -> {
		})).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).containsExactly(FieldViolation.of("file", "import.csvQuotes", 3L)));
	}

	@Test
	void streamsXlsxCellsAsTheWholeWorkbookReaderShowedThem() throws IOException {
		byte[] xlsx;
		List<List<String>> expected = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("data");
			var formats = workbook.createDataFormat();
			Row header = sheet.createRow(0);
			String[] titles = { "int", "negative", "decimal", "sum", "large", "tiny", "percent", "money", "date",
					"datetime", "time", "excel date", "yes", "no", "text", "leading zeros", "chinese", "error",
					"formula", "text formula" };
			for (int c = 0; c < titles.length; c++) {
				header.createCell(c).setCellValue(titles[c]);
			}
			for (int r = 1; r <= 3; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(42 * r);
				row.createCell(1).setCellValue(-3.5 * r);
				row.createCell(2).setCellValue(Math.PI * r);
				row.createCell(3).setCellValue(0.1 + 0.2);
				row.createCell(4).setCellValue(12345678901234.0 * r);
				row.createCell(5).setCellValue(1e-10 * r);
				styled(workbook, row.createCell(6), formats.getFormat("0%")).setCellValue(0.25 * r);
				styled(workbook, row.createCell(7), formats.getFormat("#,##0.00")).setCellValue(1234.5 * r);
				styled(workbook, row.createCell(8), formats.getFormat("yyyy-mm-dd"))
					.setCellValue(java.time.LocalDate.of(2026, 3, 30 + r % 2));
				styled(workbook, row.createCell(9), formats.getFormat("yyyy-mm-dd hh:mm:ss"))
					.setCellValue(java.time.LocalDateTime.of(2026, 3, 31, 14, 5, r));
				styled(workbook, row.createCell(10), formats.getFormat("h:mm")).setCellValue(0.5 + r / 24.0);
				styled(workbook, row.createCell(11), (short) 14).setCellValue(java.time.LocalDate.of(2025, 12, r));
				row.createCell(12).setCellValue(true);
				row.createCell(13).setCellValue(false);
				row.createCell(14).setCellValue("  padded text  ");
				row.createCell(15).setCellValue("007");
				row.createCell(16).setCellValue("行李等了很久");
				row.createCell(17).setCellErrorValue(FormulaError.DIV0.getCode());
				row.createCell(18).setCellFormula("A" + (r + 1) + "*2");
				row.createCell(19).setCellFormula("\"tp_\"&A" + (r + 1));
			}
			sheet.createRow(4).createCell(2).setCellValue("only a middle cell");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					// The former reader showed a formula's source; the streamed one gives
					// its computed value.
					values.add(cell == null ? ""
							: cell.getCellType() == CellType.FORMULA ? formatter.formatCellValue(cell, evaluator).trim()
									: formatter.formatCellValue(cell).trim());
				}
				expected.add(values);
			}
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		List<List<String>> streamed = new ArrayList<>();
		XlsxRows.of(xlsx).forEach((row, values) -> streamed.add(values));
		assertThat(trimmed(streamed)).isEqualTo(trimmed(expected));
		assertThat(streamed.get(1)).contains("42", "-3.5", "25%", "1,234.50", "2026-03-31", "2026-03-31 14:05:01",
				"TRUE", "FALSE", "padded text", "007", "#DIV/0!", "84", "tp_42");
	}

	@Test
	void readsDatesOfA1904WorkbookOnItsOwnCalendar() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
			var sheet = workbook.createSheet("data");
			sheet.createRow(0).createCell(0).setCellValue("day");
			styled(workbook, sheet.createRow(1).createCell(0), workbook.createDataFormat().getFormat("yyyy-mm-dd"))
				.setCellValue(java.time.LocalDate.of(2026, 3, 31));
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(new DataFormatter(Locale.ROOT).formatCellValue(read.getSheetAt(0).getRow(1).getCell(0)))
				.as("the whole-workbook reader")
				.isEqualTo("2026-03-31");
		}
		List<List<String>> streamed = new ArrayList<>();
		XlsxRows.of(xlsx).forEach((row, values) -> streamed.add(values));
		assertThat(streamed.get(1)).containsExactly("2026-03-31");
	}

	@Test
	void fillsCellsAnXlsxRowLeavesOutAndReportsFilledCellsBeyondTheHeader() throws IOException {
		byte[] xlsx = XlsxFixtures
			.sxssf(List.of(List.of("a", "b", "c"), List.of("1"), List.of("1", "2", "3", "", "extra")));
		List<String> rows = new ArrayList<>();
		List<FieldViolation> problems = new ArrayList<>();
		ImportFiles.open("f.xlsx", xlsx, FileEncoding.AUTO, 100)
			.forEach((row, values) -> rows.add(row + ":" + values), problems::add);
		assertThat(rows).containsExactly("2:[1, , ]");
		assertThat(problems).containsExactly(FieldViolation.of("row 3", "import.cellCount", 5, 3));
	}

	@Test
	void refusesNulAndBrokenCharactersInXlsxCellsNamingRowAndColumn() throws IOException {
		byte[] xlsx = XlsxFixtures
			.sxssf(List.of(List.of("name", "comment"), List.of("Anna", "NUL-HERE"), List.of("Bo", "HALF-HERE")));
		xlsx = XlsxFixtures.replacing(xlsx, "NUL-HERE", "a_x0000_b");
		xlsx = XlsxFixtures.replacing(xlsx, "HALF-HERE", "a_xD800_b");
		List<FieldViolation> problems = new ArrayList<>();
		ImportFiles.open("f.xlsx", xlsx, FileEncoding.AUTO, 100).forEach((row, values) -> {
		}, problems::add);
		assertThat(problems).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("row 2: comment", WellFormedText.CODE),
					org.assertj.core.groups.Tuple.tuple("row 3: comment", WellFormedText.CODE));
	}

	@Test
	void saysInWordsWhenAnXlsxFileIsOverTheRowLimitAZipBombOrNoWorkbook() throws IOException {
		List<List<String>> many = new ArrayList<>();
		for (int r = 0; r < 12; r++) {
			many.add(List.of("row " + r));
		}
		ImportFiles.Rows rows = ImportFiles.open("f.xlsx", XlsxFixtures.sxssf(many), FileEncoding.AUTO, 10);
		assertThatThrownBy(() -> rows.forEach((row, values) -> {
		}, problem -> {
		})).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).containsExactly(FieldViolation.of("file", "import.tooManyRows", 10)));

		byte[] bomb = XlsxFixtures.replacing(XlsxFixtures.sxssf(List.of(List.of("comment"), List.of("BOMB"))), "BOMB",
				"a".repeat(20_000_000));
		assertThatThrownBy(() -> ImportFiles.open("bomb.xlsx", bomb, FileEncoding.AUTO, 10).forEach((row, values) -> {
		}, problem -> {
		})).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).containsExactly(FieldViolation.of("file", "import.xlsxZipBomb")));

		byte[] text = "name,comment\nAnna,fine\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> ImportFiles.open("renamed.xlsx", text, FileEncoding.AUTO, 10)).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.violations()).containsExactly(FieldViolation.of("file", "import.xlsxUnreadable")));
	}

	private static Cell styled(XSSFWorkbook workbook, Cell cell, short format) {
		var style = workbook.createCellStyle();
		style.setDataFormat(format);
		cell.setCellStyle(style);
		return cell;
	}

	/**
	 * Rows without their trailing empty cells (the whole-workbook reader kept cells that
	 * only have a style).
	 */
	private static List<List<String>> trimmed(List<List<String>> rows) {
		List<List<String>> result = new ArrayList<>();
		for (List<String> row : rows) {
			int end = row.size();
			while (end > 0 && row.get(end - 1).isEmpty()) {
				end--;
			}
			result.add(row.subList(0, end));
		}
		return result;
	}

}
