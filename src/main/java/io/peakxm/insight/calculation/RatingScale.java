package io.peakxm.insight.calculation;

/**
 * A rating scale, used to rescale its ratings linearly to −1 … +1.
 *
 * @param min the lowest rating
 * @param max the highest rating, above {@code min}
 */
public record RatingScale(double min, double max) {

	/** Net Promoter (likelihood to recommend) ratings, 0–10. */
	public static final RatingScale ZERO_TO_TEN = new RatingScale(0, 10);

	/** Five-point ratings (CSAT, touchpoint ratings), 1–5. */
	public static final RatingScale ONE_TO_FIVE = new RatingScale(1, 5);

	/** Seven-point ratings (CES), 1–7. */
	public static final RatingScale ONE_TO_SEVEN = new RatingScale(1, 7);

	/**
	 * Checks that the bounds are finite and {@code min < max}.
	 */
	public RatingScale {
		if (!Double.isFinite(min) || !Double.isFinite(max) || min >= max) {
			throw new IllegalArgumentException("A scale needs finite bounds with min < max, was " + min + "–" + max);
		}
	}

	/**
	 * Rescales a rating to −1 … +1: {@code 2 · (rating − min) / (max − min) − 1}.
	 * @param rating a rating within the scale
	 * @return the rescaled rating, −1 at {@code min} and +1 at {@code max}
	 * @throws IllegalArgumentException if the rating is outside the scale or not a number
	 */
	public double rescale(double rating) {
		if (!(rating >= this.min && rating <= this.max)) {
			throw new IllegalArgumentException("Rating " + rating + " is outside the scale " + this.min + "–" + this.max
					+ "; map 'not applicable' to NaN first");
		}
		return 2.0 * (rating - this.min) / (this.max - this.min) - 1.0;
	}

	/**
	 * Whether both bounds are whole numbers, as counting ratings per value requires.
	 * @return {@code true} for integer scales such as 1–5 or 0–10
	 */
	public boolean isInteger() {
		return this.min == Math.rint(this.min) && this.max == Math.rint(this.max);
	}

}
