package io.peakxm.shared;

/**
 * How a customer feels at a touchpoint, on the one emotion scale of PeakXM: −2 (very
 * negative) to +2 (very positive), 0 neutral. A journey designer sets a touchpoint's
 * designed emotion on it, and a touchpoint's rating on 1–5 converts to it by
 * {@link #ofRating}, so that designed and measured emotion are compared on the same scale
 * wherever they meet (the touchpoint dashboard, the journey map's reports, the emotional
 * curve).
 * <p>
 * Two units show it: the dashboard and the journey map give the {@link #value()} itself
 * (−2 … +2, a mean rating minus 3); the emotional curve of the insight pages draws every
 * rating scale rescaled to −1 … +1 (docs/design.md), where an emotion is its
 * {@link #unit()}, half the value. Both come from this one conversion.
 *
 * @param value the emotion, −2 … +2
 */
public record Emotion(double value) {

	/** The most negative emotion. */
	public static final int MIN = -2;

	/** The most positive emotion. */
	public static final int MAX = 2;

	/** The lowest touchpoint rating, very dissatisfied: emotion −2. */
	public static final int LOWEST_RATING = 1;

	/** The highest touchpoint rating, very satisfied: emotion +2. */
	public static final int HIGHEST_RATING = 5;

	/** The middle rating, neither: emotion 0. */
	private static final int NEUTRAL_RATING = (LOWEST_RATING + HIGHEST_RATING) / 2;

	/**
	 * Checks the value lies on the scale.
	 */
	public Emotion {
		if (!(value >= MIN && value <= MAX)) {
			throw new IllegalArgumentException("An emotion lies within " + MIN + "…" + MAX + ", was " + value);
		}
	}

	/**
	 * The emotion a touchpoint rating (or a mean of ratings) on 1–5 expresses: the rating
	 * minus 3.
	 */
	public static Emotion ofRating(double rating) {
		return new Emotion(rating - NEUTRAL_RATING);
	}

	/** Whether a designed emotion (a whole number) lies on the scale. */
	public static boolean onScale(int designed) {
		return designed >= MIN && designed <= MAX;
	}

	/** The rating on 1–5 that expresses this emotion: the value plus 3. */
	public double rating() {
		return value + NEUTRAL_RATING;
	}

	/**
	 * This emotion on the unit scale −1 … +1 that the emotional curve draws: half the
	 * value.
	 */
	public double unit() {
		return value / 2;
	}
}
