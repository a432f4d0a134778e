package io.peakxm.shared;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;

/**
 * The one rule for cells of every spreadsheet export (CSV and XLSX), after OWASP's
 * guidance on CSV injection: a text cell that a spreadsheet program could read as a
 * formula is neutralised with a leading apostrophe, so {@code =HYPERLINK(…)} from a
 * survey answer arrives as the text {@code '=HYPERLINK(…)}; numbers the exporter writes
 * as numbers stay numbers.
 * <p>
 * A text cell is neutralised when its first character that is not a space is one of
 * {@code = + - @}, a tab, a carriage return or a line feed, or the full-width forms
 * {@code ＝ ＋ － ＠}:
 * <ul>
 * <li>{@code = + - @} start a formula in Excel, LibreOffice and Google Sheets
 * ({@code -1+HYPERLINK(…)} and {@code +83+1} are formulas; {@code @SUM(A1)} is one in
 * Excel), and {@code =cmd|' /C calc'!A0} is a DDE command;</li>
 * <li>tab and carriage return are OWASP's additions (a program that splits cells or lines
 * on them sees the {@code =} next); line feed is added for the same reason: a reader that
 * is lax about quoted line breaks starts a new line there;</li>
 * <li>leading spaces (also no-break and ideographic spaces) are looked through, because
 * LibreOffice and Google Sheets can trim them on import and then see the formula;</li>
 * <li>the full-width signs are included because some East Asian spreadsheet versions turn
 * a full-width sign at the start of a cell into its ASCII form; whether an import does so
 * differs by program and version, our users write Chinese, and the cost is an apostrophe
 * before rare text.</li>
 * </ul>
 * Text that merely looks like a number ({@code -3} in a hidden field) is text and follows
 * the rule: only cells the exporter knows to be numbers ({@link Number} values) are
 * written as numbers.
 * <p>
 * XLSX text cells are never evaluated by a spreadsheet, but the rule applies to them too:
 * a user who opens the workbook and saves it as CSV would otherwise hand the next program
 * a live formula. One rule for both formats also means an export reads the same whichever
 * format it was taken in.
 */
public final class SpreadsheetCells {

	private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

	private static final String SPACES = " \u00A0\u3000";

	private SpreadsheetCells() {
	}

	/**
	 * Whether a spreadsheet could read this text as a formula (see the class comment).
	 */
	public static boolean looksLikeFormula(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (SPACES.indexOf(c) < 0) {
				return FORMULA_STARTS.indexOf(c) >= 0;
			}
		}
		return false;
	}

	/**
	 * A text cell's content as it is exported: prefixed with an apostrophe when it looks
	 * like a formula.
	 */
	public static String text(String value) {
		if (value == null) {
			return null;
		}
		return looksLikeFormula(value) ? "'" + value : value;
	}

	/**
	 * One CSV record (without its line end): numbers as plain decimals, text by
	 * {@link #text} and quoted when it holds a comma, quote, carriage return or line feed
	 * (RFC 4180); {@code null} is an empty cell.
	 */
	public static String csvRecord(List<?> values) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			Object value = values.get(i);
			if (value instanceof Number number) {
				line.append(plain(number));
			}
			else if (value != null) {
				line.append(quoted(text(value.toString())));
			}
		}
		return line.toString();
	}

	/**
	 * Writes one row of an XLSX sheet: numbers as numeric cells, text by {@link #text};
	 * {@code null} leaves a gap.
	 */
	public static void writeRow(Row row, List<?> values) {
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value instanceof Number number) {
				if (Double.isFinite(number.doubleValue())) {
					row.createCell(i).setCellValue(number.doubleValue());
				}
			}
			else if (value != null) {
				row.createCell(i).setCellValue(text(value.toString()));
			}
		}
	}

	private static String plain(Number number) {
		double value = number.doubleValue();
		if (!Double.isFinite(value)) {
			return "";
		}
		if (number instanceof Long || number instanceof Integer || number instanceof Short) {
			return number.toString();
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private static String quoted(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
