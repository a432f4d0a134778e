package io.peakxm.metrics.web;

import java.util.Locale;

import io.peakxm.metrics.Figure;
import io.peakxm.metrics.statistics.SignificanceTests;

/**
 * A figure as pages and exports show it: value, interval and change as text in the figure's unit (NPS points,
 * percent, or the answer scale), and whether the change is significant.
 */
record FigureText(String label, String value, String interval, long n, boolean small, boolean hidden,
		String vsPrevious, Boolean previousSignificant, String vsLastYear, Boolean lastYearSignificant) {

	static FigureText of(Figure f) {
		if (f == null) {
			return null;
		}
		boolean hidden = f.hidden() || Double.isNaN(f.estimate().value());
		String value = hidden ? "–" : number(f.measure(), f.estimate().value()) + unit(f.measure());
		String interval = hidden || !f.estimate().interval().isDefined() ? ""
				: number(f.measure(), f.estimate().interval().low()) + " – "
						+ number(f.measure(), f.estimate().interval().high()) + unit(f.measure());
		return new FigureText(f.label(), value, interval, f.estimate().n(), f.small(), hidden,
				change(f.measure(), f.vsPrevious(), hidden), significant(f.vsPrevious(), hidden),
				change(f.measure(), f.vsLastYear(), hidden), significant(f.vsLastYear(), hidden));
	}

	private static String change(Figure.Measure measure, SignificanceTests.Change change, boolean hidden) {
		if (change == null || hidden || Double.isNaN(change.difference())) {
			return null;
		}
		String sign = change.difference() > 0 ? "+" : "";
		String unit = measure == Figure.Measure.SHARE ? " pp" : measure == Figure.Measure.NPS ? "" : "";
		return sign + number(measure, change.difference()) + unit;
	}

	private static Boolean significant(SignificanceTests.Change change, boolean hidden) {
		return change == null || hidden || Double.isNaN(change.difference()) ? null : change.significant();
	}

	static String number(Figure.Measure measure, double value) {
		return String.format(Locale.ROOT, "%." + decimals(measure) + "f", value);
	}

	/** Decimals a figure is shown with: one for NPS points and percentages, two for means. */
	static int decimals(Figure.Measure measure) {
		return switch (measure) {
			case NPS, SHARE -> 1;
			case MEAN -> 2;
		};
	}

	private static String unit(Figure.Measure measure) {
		return measure == Figure.Measure.SHARE ? " %" : "";
	}
}
