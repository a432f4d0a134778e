package io.peakxm.metrics;

import java.util.Locale;

import io.peakxm.metrics.statistics.SignificanceTests;

/**
 * A figure as pages show it: value, interval and changes as text in the figure's unit
 * (NPS points, percent, or the answer scale), negative numbers with a true minus sign.
 * The dashboards and the home page show figures through it, so they read alike.
 */
public record FigureText(String label, String value, String interval, long n, boolean small, boolean hidden,
		ChangeText vsPrevious, ChangeText vsLastYear) {

	/** The figure as text, its name in the reader's language; null for null. */
	public static FigureText of(Figure f, Locale locale) {
		if (f == null) {
			return null;
		}
		boolean hidden = hidden(f);
		String value = hidden ? "–" : number(f.measure(), f.estimate().value()) + unit(f.measure());
		String interval = hidden || !f.estimate().interval().isDefined() ? ""
				: number(f.measure(), f.estimate().interval().low()) + " – "
						+ number(f.measure(), f.estimate().interval().high()) + unit(f.measure());
		return new FigureText(f.label().in(locale), value, interval, f.estimate().n(), f.small(), hidden,
				ChangeText.of(f, f.vsPrevious()), ChangeText.of(f, f.vsLastYear()));
	}

	/**
	 * Whether a figure's value must not be shown: below the minimum n, or without any
	 * answer.
	 */
	static boolean hidden(Figure f) {
		return f.hidden() || Double.isNaN(f.estimate().value());
	}

	/**
	 * A number as pages show it: the figure's decimals, "−" (U+2212, read as "minus") for
	 * negative numbers, none for a number that rounds to zero.
	 */
	public static String number(Figure.Measure measure, double value) {
		String text = String.format(Locale.ROOT, "%." + decimals(measure) + "f", value);
		if (!text.startsWith("-")) {
			return text;
		}
		return text.matches("-[0.]+") ? text.substring(1) : "\u2212" + text.substring(1);
	}

	/**
	 * Decimals a figure is shown with: one for NPS points and percentages, two for means.
	 */
	public static int decimals(Figure.Measure measure) {
		return switch (measure) {
			case NPS, SHARE -> 1;
			case MEAN -> 2;
		};
	}

	private static String unit(Figure.Measure measure) {
		return measure == Figure.Measure.SHARE ? " %" : "";
	}

	/**
	 * A change as pages show it: the signed amount (its unit — NPS points, percentage
	 * points — is added by the page's message {@code metrics.changeAmount.<measure>}), an
	 * arrow for its direction, and the verdict that decides the badge: significantly
	 * better or worse (green, red), higher or lower (for a figure without a better
	 * direction), or not significant.
	 */
	public record ChangeText(String amount, Figure.Measure measure, String arrow, Figure.Verdict verdict) {

		/**
		 * The change of a figure as text; null when there is none to show (not compared,
		 * figure hidden).
		 */
		public static ChangeText of(Figure f, SignificanceTests.Change change) {
			if (change == null || hidden(f) || Double.isNaN(change.difference())) {
				return null;
			}
			double d = change.difference();
			String number = number(f.measure(), d);
			boolean zero = number.matches("[0.]+");
			String amount = (d > 0 && !zero ? "+" : "") + number;
			return new ChangeText(amount, f.measure(), zero ? "" : d > 0 ? "▲" : "▼", f.verdict(change));
		}

		public boolean significant() {
			return verdict != Figure.Verdict.NOT_SIGNIFICANT;
		}

		/**
		 * The badge's style: green for better, red for worse, plain for a significant
		 * change without direction.
		 */
		public String badgeClass() {
			return switch (verdict) {
				case BETTER -> "better";
				case WORSE -> "worse";
				case HIGHER, LOWER -> "";
				case NOT_SIGNIFICANT -> "muted";
			};
		}
	}
}
