package io.peakxm.metrics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.peakxm.metrics.Distribution;
import io.peakxm.metrics.Figure;
import io.peakxm.metrics.Overview;
import io.peakxm.metrics.TouchpointScore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Each dashboard view as a table, written as CSV (UTF-8 with BOM, for spreadsheet programs) or XLSX. */
@Component
class MetricsTables {

	/** Column titles and rows of text. */
	record Table(List<String> header, List<List<String>> rows) {
	}

	private final MessageSource messages;

	MetricsTables(MessageSource messages) {
		this.messages = messages;
	}

	Table overview(Overview overview, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (Figure f : overview.tiles()) {
			rows.add(figureRow(f.label(), f, locale));
		}
		return new Table(figureHeader(locale, "metrics.figure"), rows);
	}

	Table touchpoints(List<TouchpointScore> scores, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (TouchpointScore s : scores) {
			List<String> row = new ArrayList<>();
			row.add(s.stage());
			row.add(s.name());
			row.add(String.valueOf(s.designedEmotion()));
			row.add(s.measuredEmotion() == null ? "" : String.valueOf(s.measuredEmotion()));
			FigureText mean = FigureText.of(s.mean());
			FigureText top = FigureText.of(s.topTwo());
			row.add(mean == null ? "" : mean.value());
			row.add(mean == null ? "" : mean.interval());
			row.add(top == null ? "" : top.value());
			row.add(mean == null ? "" : String.valueOf(mean.n()));
			List<String> compliance = new ArrayList<>();
			for (TouchpointScore.Compliance c : s.compliance()) {
				FigureText share = FigureText.of(c.share());
				compliance.add(c.standard() + ": " + (share == null ? "–" : share.value()));
			}
			row.add(String.join("; ", compliance));
			rows.add(row);
		}
		return new Table(List.of(t("metrics.stage", locale), t("metrics.touchpoint", locale),
				t("metrics.designedEmotion", locale), t("metrics.measuredEmotion", locale), t("metrics.mean", locale),
				t("metrics.interval", locale), t("metrics.topTwo", locale), "n", t("metrics.compliance", locale)), rows);
	}

	Table distribution(Distribution distribution, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (Distribution.Bar bar : distribution.bars()) {
			rows.add(List.of(bar.label(), String.valueOf(bar.count()), String.format(Locale.ROOT, "%.1f", bar.percent())));
		}
		return new Table(List.of(t("metrics.answer", locale), t("metrics.count", locale), "%"), rows);
	}

	private List<String> figureHeader(Locale locale, String first) {
		return List.of(t(first, locale), t("metrics.value", locale), t("metrics.interval", locale), "n",
				t("metrics.vsPrevious", locale), t("metrics.significant", locale), t("metrics.vsLastYear", locale),
				t("metrics.significant", locale));
	}

	private List<String> figureRow(String label, Figure f, Locale locale) {
		FigureText text = FigureText.of(f);
		return List.of(label, text.value(), text.interval(), String.valueOf(text.n()),
				text.vsPrevious() == null ? "" : text.vsPrevious(), yesNo(text.previousSignificant(), locale),
				text.vsLastYear() == null ? "" : text.vsLastYear(), yesNo(text.lastYearSignificant(), locale));
	}

	private String yesNo(Boolean value, Locale locale) {
		return value == null ? "" : t(value ? "metrics.yes" : "metrics.no", locale);
	}

	private String t(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	void writeCsv(Table table, OutputStream out) throws IOException {
		OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			printer.printRecord(table.header());
			for (List<String> row : table.rows()) {
				printer.printRecord(row.stream().map(MetricsTables::safe).toList());
			}
		}
	}

	void writeXlsx(Table table, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("PeakXM");
			write(sheet.createRow(0), table.header());
			for (int i = 0; i < table.rows().size(); i++) {
				write(sheet.createRow(i + 1), table.rows().get(i));
			}
			workbook.write(out);
		}
	}

	private static void write(Row row, List<String> values) {
		for (int c = 0; c < values.size(); c++) {
			row.createCell(c).setCellValue(values.get(c));
		}
	}

	/** Cells starting like a formula are prefixed, so a spreadsheet never runs text from a survey as a formula. */
	static String safe(String value) {
		return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("[-+]?[0-9.]+.*")
				? "'" + value : value;
	}
}
