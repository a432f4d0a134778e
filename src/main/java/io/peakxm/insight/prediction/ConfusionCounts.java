package io.peakxm.insight.prediction;

/**
 * How a model's predictions on held-out responses compare with what happened; "positive"
 * means predicted at risk, that is a probability of at least one half.
 *
 * @param truePositives at risk and predicted at risk
 * @param falsePositives satisfied but predicted at risk
 * @param trueNegatives satisfied and predicted satisfied
 * @param falseNegatives at risk but predicted satisfied (the customers a flag would miss)
 */
public record ConfusionCounts(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

	/** A response is predicted at risk when its probability reaches this. */
	public static final double THRESHOLD = 0.5;

	/**
	 * Checks the counts.
	 */
	public ConfusionCounts {
		if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
			throw new IllegalArgumentException("Confusion counts cannot be negative");
		}
	}

	/**
	 * Counts predictions against outcomes.
	 * @param probabilities the predicted probabilities of being at risk
	 * @param atRisk the outcomes, one per probability
	 * @return the counts at {@link #THRESHOLD}
	 */
	public static ConfusionCounts of(double[] probabilities, boolean[] atRisk) {
		if (probabilities == null || atRisk == null || probabilities.length != atRisk.length) {
			throw new IllegalArgumentException("Confusion counts need one outcome per probability");
		}
		int tp = 0;
		int fp = 0;
		int tn = 0;
		int fn = 0;
		for (int i = 0; i < probabilities.length; i++) {
			boolean flagged = probabilities[i] >= THRESHOLD;
			if (flagged) {
				if (atRisk[i]) {
					tp++;
				}
				else {
					fp++;
				}
			}
			else if (atRisk[i]) {
				fn++;
			}
			else {
				tn++;
			}
		}
		return new ConfusionCounts(tp, fp, tn, fn);
	}

	/**
	 * The number of responses counted.
	 * @return the sum of the four counts
	 */
	public int total() {
		return this.truePositives + this.falsePositives + this.trueNegatives + this.falseNegatives;
	}

	/**
	 * The share of responses predicted correctly.
	 * @return 0 … 1, {@code NaN} when nothing was counted
	 */
	public double accuracy() {
		return (this.truePositives + this.trueNegatives) / (double) total();
	}

	/**
	 * Of the responses flagged at risk, the share that were.
	 * @return 0 … 1, {@code NaN} when none was flagged
	 */
	public double precision() {
		return this.truePositives / (double) (this.truePositives + this.falsePositives);
	}

	/**
	 * Of the responses at risk, the share flagged.
	 * @return 0 … 1, {@code NaN} when none was at risk
	 */
	public double recall() {
		return this.truePositives / (double) (this.truePositives + this.falseNegatives);
	}

}
