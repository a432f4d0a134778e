package io.peakxm.metrics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.peakxm.metrics.Distribution;
import io.peakxm.metrics.Figure;
import io.peakxm.metrics.FigureText;
import io.peakxm.metrics.Overview;
import io.peakxm.metrics.TouchpointScore;
import io.peakxm.metrics.statistics.SignificanceTests;
import io.peakxm.shared.SpreadsheetCells;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each dashboard view as a table, written as CSV (UTF-8 with BOM, for spreadsheet
 * programs) or XLSX. Figures are numbers (rounded as the pages show them, intervals as a
 * low and a high column) so that a spreadsheet can compute with them; names come from
 * designers and respondents and are text, exported by the one rule of
 * {@link SpreadsheetCells}.
 */
@Component
class MetricsTables {

	/**
	 * Column titles and rows of cells: {@link Number}s are numbers, anything else is
	 * text, null is empty.
	 */
	record Table(List<String> header, List<List<Object>> rows) {
	}

	private final MessageSource messages;

	MetricsTables(MessageSource messages) {
		this.messages = messages;
	}

	Table overview(Overview overview, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Figure f : overview.tiles()) {
			boolean shown = shown(f);
			rows.add(Arrays.asList(f.label().in(locale), shown ? rounded(f, f.estimate().value()) : null,
					f.measure() == Figure.Measure.SHARE ? "%" : "", low(f), high(f), f.estimate().n(),
					change(f, f.vsPrevious()), significant(f, f.vsPrevious(), locale), change(f, f.vsLastYear()),
					significant(f, f.vsLastYear(), locale)));
		}
		return new Table(List.of(t("metrics.figure", locale), t("metrics.value", locale),
				t("metrics.export.unit", locale), t("metrics.export.intervalLow", locale),
				t("metrics.export.intervalHigh", locale), "n", t("metrics.vsPrevious", locale),
				t("metrics.significant", locale), t("metrics.vsLastYear", locale), t("metrics.significant", locale)),
				rows);
	}

	Table touchpoints(List<TouchpointScore> scores, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (TouchpointScore s : scores) {
			Figure mean = s.mean();
			Figure top = s.topTwo();
			List<String> compliance = new ArrayList<>();
			for (TouchpointScore.Compliance c : s.compliance()) {
				FigureText share = FigureText.of(c.share(), locale);
				compliance.add(c.standard() + ": " + (share == null ? "–" : share.value()));
			}
			rows.add(Arrays.asList(s.stage().in(locale), s.name().in(locale), s.designedEmotion(), s.measuredEmotion(),
					shown(mean) ? rounded(mean, mean.estimate().value()) : null, low(mean), high(mean),
					shown(top) ? rounded(top, top.estimate().value()) : null, mean == null ? null : mean.estimate().n(),
					String.join("; ", compliance)));
		}
		return new Table(List.of(t("metrics.stage", locale), t("metrics.touchpoint", locale),
				t("metrics.designedEmotion", locale), t("metrics.measuredEmotion", locale), t("metrics.mean", locale),
				t("metrics.export.intervalLow", locale), t("metrics.export.intervalHigh", locale),
				t("metrics.topTwo", locale) + " (%)", "n", t("metrics.compliance", locale)), rows);
	}

	Table distribution(Distribution distribution, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Distribution.Bar bar : distribution.bars()) {
			rows.add(Arrays.asList(bar.label().in(locale), bar.count(), scaled(bar.percent(), 1)));
		}
		return new Table(List.of(t("metrics.answer", locale), t("metrics.count", locale), "%"), rows);
	}

	private static boolean shown(Figure f) {
		return f != null && !f.hidden() && !Double.isNaN(f.estimate().value());
	}

	private static Double low(Figure f) {
		return shown(f) && f.estimate().interval().isDefined() ? rounded(f, f.estimate().interval().low()) : null;
	}

	private static Double high(Figure f) {
		return shown(f) && f.estimate().interval().isDefined() ? rounded(f, f.estimate().interval().high()) : null;
	}

	/**
	 * A change against an earlier period in the figure's unit (points of NPS, percentage
	 * points, scale points).
	 */
	private static Double change(Figure f, SignificanceTests.Change change) {
		return shown(f) && change != null && !Double.isNaN(change.difference()) ? rounded(f, change.difference())
				: null;
	}

	private String significant(Figure f, SignificanceTests.Change change, Locale locale) {
		if (change(f, change) == null) {
			return null;
		}
		return t(change.significant() ? "metrics.yes" : "metrics.no", locale);
	}

	/** A value rounded as the dashboard pages show it ({@link FigureText#decimals}). */
	private static Double rounded(Figure f, double value) {
		return scaled(value, FigureText.decimals(f.measure()));
	}

	private static Double scaled(double value, int decimals) {
		return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue()
				: null;
	}

	private String t(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	void writeCsv(Table table, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		writer.write(SpreadsheetCells.csvRecord(table.header()));
		writer.write("\r\n");
		for (List<Object> row : table.rows()) {
			writer.write(SpreadsheetCells.csvRecord(row));
			writer.write("\r\n");
		}
		writer.flush();
	}

	void writeXlsx(Table table, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("PeakXM");
			SpreadsheetCells.writeRow(sheet.createRow(0), table.header());
			for (int i = 0; i < table.rows().size(); i++) {
				SpreadsheetCells.writeRow(sheet.createRow(i + 1), table.rows().get(i));
			}
			workbook.write(out);
		}
	}

}
