package io.peakxm.survey;

import java.math.BigDecimal;

/**
 * What a number answer may be: written in plain decimal or scientific notation, at most
 * {@value #MAX_DECIMALS} decimal places and at most {@code 10^12} in size. Answers are
 * summed and squared in the rollups, in Java and in SQL; a value such as {@code 1e-320}
 * squares to an underflow that PostgreSQL refuses, and {@code 1e300} to an overflow, so
 * anything finer or larger than an answer can mean is refused when it is given, not when
 * it is counted. The same bounds hold for the limits a survey designer sets on a number
 * question.
 */
public final class NumberAnswer {

	/**
	 * Largest size of an answer or a question's limit: a trillion, far beyond any count,
	 * amount or duration.
	 */
	public static final double LIMIT = 1e12;

	public static final int MAX_DECIMALS = 6;

	private static final BigDecimal LIMIT_EXACT = BigDecimal.valueOf(LIMIT);

	/** The outcome of reading a number: its value, or why it is not acceptable. */
	public sealed interface Reading {

		record Value(double value) implements Reading {
		}

		/**
		 * Not a number in plain notation ({@code NaN}, {@code 0x1p3}, {@code 5d} and the
		 * like included).
		 */
		record NotANumber() implements Reading {
		}

		record TooManyDecimals() implements Reading {
		}

		record TooLarge() implements Reading {
		}

	}

	private NumberAnswer() {
	}

	/**
	 * Reads a typed answer exactly (never through a binary floating-point intermediate)
	 * and checks its bounds.
	 */
	public static Reading read(String text) {
		BigDecimal exact;
		try {
			exact = new BigDecimal(text.trim());
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return new Reading.NotANumber();
		}
		if (exact.abs().compareTo(LIMIT_EXACT) > 0) {
			return new Reading.TooLarge();
		}
		if (exact.stripTrailingZeros().scale() > MAX_DECIMALS) {
			return new Reading.TooManyDecimals();
		}
		return new Reading.Value(exact.doubleValue());
	}

	/**
	 * Whether a question's limit is within the bounds an answer has (finite, at most a
	 * trillion in size).
	 */
	public static boolean withinLimit(double value) {
		return Double.isFinite(value) && Math.abs(value) <= LIMIT;
	}

}
