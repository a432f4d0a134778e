package io.peakxm.shared.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX files for import tests: small workbooks of text, and crafted ones that no
 * spreadsheet program writes.
 */
public final class XlsxFixtures {

	private XlsxFixtures() {
	}

	/** A workbook written as the streaming writer writes it (inline strings). */
	public static byte[] sxssf(List<List<String>> rows) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("data");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * The same zip with a text replaced in every entry (to write what POI's writer would
	 * not).
	 */
	public static byte[] replacing(byte[] zip, String from, String to) throws IOException {
		ByteArrayOutputStream result = new ByteArrayOutputStream();
		try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(result)) {
			for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().endsWith(".xml")) {
					bytes = new String(bytes, StandardCharsets.UTF_8).replace(from, to)
						.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		return result.toByteArray();
	}

}
