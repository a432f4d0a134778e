package io.peakxm.shared.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import io.peakxm.shared.InvalidInputException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an XLSX workbook row by row ({@link SheetRows}, with a
 * read-only table of shared texts), so memory does not grow with the number of rows.
 * <p>
 * The workbook is read from a temporary file (a zip is read entry by entry from a file,
 * from a stream it would be held in memory whole) that is deleted after each pass. Parts
 * are bounded in their unpacked size ({@value #MAX_SHEET_MB} MB for the sheet,
 * {@value #MAX_TEXT_MB} MB for the shared text and the styles, which are held in memory),
 * and POI's zip-bomb guard (a part unpacking to more than 100 times its packed size) is
 * reported in words, as is a file that is no workbook at all.
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
			StylesTable styles = styles(workbook);
			SharedStrings strings = sharedStrings(workbook);
			boolean date1904 = date1904(reader);
			try (InputStream sheet = new Bounded(sheets.next(), MAX_SHEET_MB, "import.xlsxSheetTooLarge")) {
				SheetRows.read(sheet, styles, strings, date1904, rows);
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

	/**
	 * What the caller sees of a failure: its own exception as it was, a limit or an
	 * unreadable file in words.
	 */
	private static RuntimeException translated(Exception ex) {
		Throwable t = ex;
		for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
			if (t instanceof SheetRows.FromConsumer stopped) {
				return stopped.original();
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
	 * Refuses to read more than a number of megabytes from a part: the unpacked size,
	 * counted as it is read.
	 */
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
