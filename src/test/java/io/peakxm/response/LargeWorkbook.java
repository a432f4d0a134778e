package io.peakxm.response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.peakxm.AirlineFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An honest, large XLSX file of passenger ratings in the airline file's columns, written
 * the way spreadsheet programs write it (shared strings, numbers as numbers), with the
 * sums a test checks an import against.
 */
final class LargeWorkbook {

	static final List<String> PROFILE_COLUMNS = List.of("Gender", "Customer Type", "Age", "Type of Travel", "Class",
			"Flight Distance", "Departure Delay in Minutes", "Arrival Delay in Minutes", "satisfaction");

	final byte[] bytes;

	final int rows;

	/**
	 * Per touchpoint column: count and sum of the ratings 1–5 written (0 = not
	 * applicable).
	 */
	final long[][] ratings = new long[AirlineFile.TOUCHPOINTS.size()][2];

	private LargeWorkbook(int rows) throws IOException {
		this.rows = rows;
		List<String> touchpoints = new ArrayList<>(AirlineFile.TOUCHPOINTS.keySet());
		Random random = new Random(22);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
				ByteArrayOutputStream out = new ByteArrayOutputStream(20 << 20)) {
			var sheet = workbook.createSheet("passengers");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("id");
			for (int c = 0; c < PROFILE_COLUMNS.size(); c++) {
				header.createCell(1 + c).setCellValue(PROFILE_COLUMNS.get(c));
			}
			for (int c = 0; c < touchpoints.size(); c++) {
				header.createCell(1 + PROFILE_COLUMNS.size() + c).setCellValue(touchpoints.get(c));
			}
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(100_000 + r);
				row.createCell(1).setCellValue(random.nextBoolean() ? "Female" : "Male");
				row.createCell(2).setCellValue(random.nextInt(5) == 0 ? "disloyal Customer" : "Loyal Customer");
				row.createCell(3).setCellValue(7 + random.nextInt(79));
				row.createCell(4).setCellValue(random.nextInt(3) == 0 ? "Personal Travel" : "Business travel");
				row.createCell(5).setCellValue(new String[] { "Eco", "Eco Plus", "Business" }[random.nextInt(3)]);
				row.createCell(6).setCellValue(31 + random.nextInt(4_950));
				row.createCell(7).setCellValue(random.nextInt(4) == 0 ? random.nextInt(300) : 0);
				row.createCell(8).setCellValue(random.nextInt(4) == 0 ? random.nextInt(300) : 0);
				row.createCell(9).setCellValue(random.nextInt(5) < 2 ? "satisfied" : "neutral or dissatisfied");
				for (int c = 0; c < touchpoints.size(); c++) {
					int rating = random.nextInt(6);
					row.createCell(1 + PROFILE_COLUMNS.size() + c).setCellValue(rating);
					if (rating > 0) {
						ratings[c][0]++;
						ratings[c][1] += rating;
					}
				}
			}
			workbook.write(out);
			this.bytes = out.toByteArray();
		}
	}

	static LargeWorkbook of(int rows) throws IOException {
		return new LargeWorkbook(rows);
	}

}
