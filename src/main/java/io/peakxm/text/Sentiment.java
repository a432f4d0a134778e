package io.peakxm.text;

/**
 * A sentiment score between -1 (very negative) and +1 (very positive) with the label it
 * reads as.
 *
 * @param score the score, clamped to -1..+1
 * @param label the polarity the score stands for
 */
public record Sentiment(double score, Polarity label) {

	/**
	 * Scores whose magnitude is below this read as neutral when no other evidence is
	 * given.
	 */
	public static final double NEUTRAL_BAND = 0.05;

	/** A neutral score of zero, for empty texts. */
	public static final Sentiment NONE = new Sentiment(0, Polarity.NEUTRAL);

	public Sentiment {
		if (label == null) {
			throw new IllegalArgumentException("a sentiment needs a label");
		}
		score = Double.isNaN(score) ? 0 : Math.max(-1, Math.min(1, score));
	}

	/**
	 * A sentiment labelled by the sign of the score, neutral within
	 * {@link #NEUTRAL_BAND}.
	 */
	public static Sentiment of(double score) {
		return of(score, NEUTRAL_BAND);
	}

	/** A sentiment labelled by the sign of the score, neutral within the given band. */
	public static Sentiment of(double score, double neutralBand) {
		Polarity label = (score >= neutralBand) ? Polarity.POSITIVE
				: (score <= -neutralBand) ? Polarity.NEGATIVE : Polarity.NEUTRAL;
		return new Sentiment(score, label);
	}

}
