package io.peakxm.response.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.peakxm.shared.InvalidInputException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an XLSX workbook row by row (POI's SAX reader with a read-only shared-strings table),
 * so memory does not grow with the number of rows. Cells come out as POI's {@link DataFormatter} shows them —
 * the text the former whole-workbook reader gave: numbers and dates in the cell's format, booleans as TRUE/FALSE,
 * error values as {@code #DIV/0!} — except that a formula gives its last computed value, not its source text.
 * <p>
 * The workbook is read from a temporary file (a zip is read entry by entry from a file, from a stream it would be
 * held in memory whole) that is deleted after each pass. Parts are bounded in their unpacked size
 * ({@value #MAX_SHEET_MB} MB for the sheet, {@value #MAX_TEXT_MB} MB for the shared text and the styles, which are
 * held in memory), and POI's zip-bomb guard (a part unpacking to more than 100 times its packed size) is reported
 * in words, as is a file that is no workbook at all.
 */
final class XlsxRows implements ImportFiles.RawRows {

	static final int MAX_SHEET_MB = 1_000;

	static final int MAX_TEXT_MB = 100;

	private final byte[] content;

	private XlsxRows(byte[] content) {
		this.content = content;
	}

	static XlsxRows of(byte[] content) {
		return new XlsxRows(content);
	}

	@Override
	public boolean omitsEmptyCells() {
		return true;
	}

	@Override
	public void forEach(ImportFiles.RowConsumer rows) {
		Path file = null;
		OPCPackage workbook = null;
		try {
			file = Files.createTempFile("peakxm-import-", ".xlsx");
			Files.write(file, content);
			workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(workbook);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw InvalidInputException.of("file", "import.empty");
			}
			DataFormatter formatter = new WorkbookDates(date1904(reader));
			SheetHandler handler = new SheetHandler(styles(workbook), sharedStrings(workbook), new Cells(rows), formatter);
			XMLReader xml = XMLHelper.newXMLReader();
			xml.setContentHandler(handler);
			try (InputStream sheet = new Bounded(sheets.next(), MAX_SHEET_MB, "import.xlsxSheetTooLarge")) {
				xml.parse(new InputSource(sheet));
			}
		}
		catch (Exception ex) {
			throw translated(ex);
		}
		finally {
			if (workbook != null) {
				workbook.revert();
			}
			delete(file);
		}
	}

	/** What the caller sees of a failure: its own exception as it was, a limit or an unreadable file in words. */
	private static RuntimeException translated(Exception ex) {
		Throwable t = ex;
		for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
			if (t instanceof FromConsumer stopped) {
				return stopped.original;
			}
			if (t instanceof InvalidInputException invalid) {
				return invalid;
			}
			if (t instanceof Bounded.TooLarge tooLarge) {
				return InvalidInputException.of("file", tooLarge.code, tooLarge.megabytes);
			}
			if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
				return InvalidInputException.of("file", "import.xlsxZipBomb");
			}
		}
		return InvalidInputException.of("file", "import.xlsxUnreadable");
	}

	private static StylesTable styles(OPCPackage workbook) throws IOException {
		List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.STYLES.getContentType());
		if (parts.isEmpty()) {
			return null;
		}
		try (InputStream in = new Bounded(parts.get(0).getInputStream(), MAX_TEXT_MB, "import.xlsxTextTooLarge")) {
			return new StylesTable(in);
		}
	}

	private static SharedStrings sharedStrings(OPCPackage workbook) throws IOException, SAXException {
		List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return new ReadOnlySharedStringsTable(workbook, false);
		}
		try (InputStream in = new Bounded(parts.get(0).getInputStream(), MAX_TEXT_MB, "import.xlsxTextTooLarge")) {
			return new ReadOnlySharedStringsTable(in, false);
		}
	}

	/** Whether the workbook counts dates from 1904 (old Mac Excel) instead of 1900. */
	private static boolean date1904(XSSFReader reader) throws Exception {
		boolean[] found = { false };
		XMLReader xml = XMLHelper.newXMLReader();
		xml.setContentHandler(new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("workbookPr".equals(localName) || qName.endsWith("workbookPr")) {
					String value = attributes.getValue("date1904");
					found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
				}
			}
		});
		try (InputStream in = new Bounded(reader.getWorkbookData(), MAX_TEXT_MB, "import.xlsxTextTooLarge")) {
			xml.parse(new InputSource(in));
		}
		return found[0];
	}

	private static void delete(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

	/**
	 * Formats dates on the workbook's own calendar (POI's sheet reader would always use 1900), and whole numbers in
	 * the General format directly: the text is the same (General shows whole numbers below 10¹¹ digit by digit),
	 * and the general formatter's decimal rounding took most of the reading time of a large sheet.
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

	/** POI's sheet handler, also noting which cells hold error values (POI marks their text "ERROR:"). */
	private static final class SheetHandler extends XSSFSheetXMLHandler {

		private final Cells cells;

		SheetHandler(StylesTable styles, SharedStrings strings, Cells cells, DataFormatter formatter) {
			super(styles, null, strings, cells, formatter, false);
			this.cells = cells;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
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

	/** Carries an exception of the row consumer (or a limit) through the XML parser unchanged. */
	private static final class FromConsumer extends RuntimeException {

		private final RuntimeException original;

		FromConsumer(RuntimeException original) {
			super(null, null, false, false);
			this.original = original;
		}
	}

	/** Refuses to read more than a number of megabytes from a part: the unpacked size, counted as it is read. */
	private static final class Bounded extends FilterInputStream {

		private final long limit;

		private final int megabytes;

		private final String code;

		private long read;

		Bounded(InputStream in, int megabytes, String code) {
			super(in);
			this.limit = megabytes * 1024L * 1024L;
			this.megabytes = megabytes;
			this.code = code;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			read += n;
			if (read > limit) {
				throw new TooLarge(code, megabytes);
			}
		}

		/** The part is larger than allowed. */
		static final class TooLarge extends IOException {

			final String code;

			final int megabytes;

			TooLarge(String code, int megabytes) {
				super(code);
				this.code = code;
				this.megabytes = megabytes;
			}
		}
	}
}
