package io.peakxm.metrics.statistics;

/**
 * A closed interval {@code [low, high]}, typically a 95% confidence interval in the same
 * units as its estimate. An interval that cannot be computed (no or too few observations)
 * has both bounds {@code NaN}; see {@link #UNDEFINED} and {@link #isDefined()}.
 *
 * @param low the lower bound, or {@code NaN}
 * @param high the upper bound, or {@code NaN}
 */
public record Interval(double low, double high) {

	/** The interval of an estimate that has no interval: both bounds {@code NaN}. */
	public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

	/**
	 * Checks that both bounds are {@code NaN} or that neither is and {@code low <= high}.
	 */
	public Interval {
		if (Double.isNaN(low) != Double.isNaN(high)) {
			throw new IllegalArgumentException("Either both bounds or neither must be NaN");
		}
		if (low > high) {
			throw new IllegalArgumentException("Lower bound " + low + " is above upper bound " + high);
		}
	}

	/**
	 * Whether this interval has bounds, that is, is not {@link #UNDEFINED}.
	 * @return {@code true} when both bounds are numbers
	 */
	public boolean isDefined() {
		return !Double.isNaN(this.low);
	}

	/**
	 * The distance between the bounds.
	 * @return {@code high - low}, or {@code NaN} when undefined
	 */
	public double width() {
		return this.high - this.low;
	}

	/**
	 * Whether the given value lies within the bounds, inclusive.
	 * @param value the value to check
	 * @return {@code true} when {@code low <= value <= high}; always {@code false} when
	 * undefined
	 */
	public boolean contains(double value) {
		return this.low <= value && value <= this.high;
	}

}
