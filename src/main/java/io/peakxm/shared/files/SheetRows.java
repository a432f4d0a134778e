package io.peakxm.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.peakxm.shared.InvalidInputException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One sheet's XML as rows of text (POI's SAX sheet handler), each cell as POI's
 * {@link DataFormatter} shows it — the text the former whole-workbook reader gave:
 * numbers and dates in the cell's format, booleans as TRUE/FALSE, error values as
 * {@code #DIV/0!} — except that a formula gives its last computed value, not its source
 * text. Rows are numbered as the sheet numbers them (from 1); cells a row leaves out are
 * empty, in column order.
 */
final class SheetRows {

	private SheetRows() {
	}

	static void read(InputStream sheet, StylesTable styles, SharedStrings strings, boolean date1904,
			ImportFiles.RowConsumer rows) throws IOException, SAXException {
		try {
			XMLReader xml = XMLHelper.newXMLReader();
			xml.setContentHandler(new SheetHandler(styles, strings, new Cells(rows), new WorkbookDates(date1904)));
			xml.parse(new InputSource(sheet));
		}
		catch (javax.xml.parsers.ParserConfigurationException ex) {
			throw new IllegalStateException("the JDK's XML parser cannot be configured", ex);
		}
	}

	/**
	 * Formats dates on the workbook's own calendar (POI's sheet reader would always use
	 * 1900), and whole numbers in the General format directly: the text is the same
	 * (General shows whole numbers below 10¹¹ digit by digit), and the general
	 * formatter's decimal rounding took most of the reading time of a large sheet.
	 */
	private static final class WorkbookDates extends DataFormatter {

		private final boolean date1904;

		WorkbookDates(boolean date1904) {
			super(java.util.Locale.ROOT);
			this.date1904 = date1904;
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (formatIndex == 0 && value == Math.rint(value) && Math.abs(value) < 1e11) {
				return Long.toString((long) value);
			}
			return formatRawCellContents(value, formatIndex, formatString, date1904);
		}

	}

	/**
	 * POI's sheet handler, also noting which cells hold error values (POI marks their
	 * text "ERROR:").
	 */
	private static final class SheetHandler extends XSSFSheetXMLHandler {

		private final Cells cells;

		SheetHandler(StylesTable styles, SharedStrings strings, Cells cells, DataFormatter formatter) {
			super(styles, null, strings, cells, formatter, false);
			this.cells = cells;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			if ("c".equals(localName)) {
				cells.errorValue = "e".equals(attributes.getValue("t"));
			}
			super.startElement(uri, localName, qName, attributes);
		}

	}

	/** Collects a row's cells in column order and hands the row on. */
	private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final ImportFiles.RowConsumer rows;

		private List<String> values = new ArrayList<>();

		private int nextColumn;

		boolean errorValue;

		Cells(ImportFiles.RowConsumer rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			values = new ArrayList<>();
			nextColumn = 0;
		}

		@Override
		public void cell(String reference, String formatted, XSSFComment comment) {
			int column = reference == null ? nextColumn : column(reference);
			String value = formatted == null ? "" : formatted.trim();
			if (errorValue && value.startsWith("ERROR:")) {
				value = value.substring("ERROR:".length());
			}
			nextColumn = column + 1;
			if (column >= ImportFiles.MAX_COLUMNS) {
				if (!value.isEmpty()) {
					throw new FromConsumer(InvalidInputException.of("file", "import.tooManyColumns", column + 1,
							ImportFiles.MAX_COLUMNS));
				}
				return;
			}
			while (values.size() < column) {
				values.add("");
			}
			if (column < values.size()) {
				values.set(column, value);
			}
			else {
				values.add(value);
			}
		}

		@Override
		public void endRow(int rowNum) {
			try {
				rows.accept(rowNum + 1, values);
			}
			catch (RuntimeException ex) {
				throw new FromConsumer(ex);
			}
		}

		/** The 0-based column of a cell reference such as "AB12". */
		private static int column(String reference) {
			int column = 0;
			for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
				column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			}
			return column - 1;
		}

	}

	/**
	 * Carries an exception of the row consumer (or a limit) through the XML parser
	 * unchanged.
	 */
	static final class FromConsumer extends RuntimeException {

		private final RuntimeException original;

		FromConsumer(RuntimeException original) {
			super(null, null, false, false);
			this.original = original;
		}

		RuntimeException original() {
			return original;
		}

	}

}
