package io.peakxm.insight.web;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as the insight pages write them, in the reader's locale (grouping, decimal
 * sign); a value that could not be computed (NaN) is written as a dash. Templates call it
 * as {@code num} (hence the public methods).
 */
final class LocalNumbers {

	static final String MISSING = "–";

	private final Locale locale;

	LocalNumbers(Locale locale) {
		this.locale = locale;
	}

	/** A decimal with exactly {@code digits} fraction digits. */
	public String decimal(double value, int digits) {
		if (!Double.isFinite(value)) {
			return MISSING;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		String text = format.format(value);
		// −0.00 reads as a sign where there is none.
		return text.startsWith("-") && isZero(text) ? text.substring(1) : text;
	}

	/**
	 * A decimal with its sign, also when positive ({@code +0.25}), for gaps and changes.
	 */
	public String signed(double value, int digits) {
		String text = decimal(value, digits);
		return Double.isFinite(value) && !text.startsWith("-") && !isZero(text) ? "+" + text : text;
	}

	/** An interval as {@code 0.38 – 0.46}, or a dash when it was not computed. */
	public String interval(double low, double high, int digits) {
		return defined(low) && defined(high) ? decimal(low, digits) + " – " + decimal(high, digits) : MISSING;
	}

	/** Whether a value was computed (is a finite number). */
	public boolean defined(double value) {
		return Double.isFinite(value);
	}

	/** A whole count with grouping ({@code 2,840}). */
	public String count(long value) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	/**
	 * A share of 0…1 as a whole percentage number, without the sign ({@code 0.34} →
	 * {@code 34}).
	 */
	public String percent(double share) {
		return decimal(100 * share, 0);
	}

	private static boolean isZero(String text) {
		return text.chars().noneMatch(c -> c >= '1' && c <= '9');
	}

}
