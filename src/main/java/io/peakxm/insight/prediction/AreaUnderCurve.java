package io.peakxm.insight.prediction;

import java.util.Arrays;

/**
 * The area under the ROC curve of scores against binary outcomes, through the
 * Mann–Whitney rank statistic: the chance that a random positive scores above a random
 * negative, counting a tie as one half.
 */
public final class AreaUnderCurve {

	private AreaUnderCurve() {
	}

	/**
	 * Computes the AUC. Tied scores share the mean of their ranks, which is what makes a
	 * tie count one half.
	 * @param scores a finite score per observation, higher meaning more likely positive
	 * @param positives the outcome per observation
	 * @return 0 … 1
	 * @throws IllegalArgumentException if the lengths differ, a score is not finite, or
	 * either outcome is absent
	 */
	public static double of(double[] scores, boolean[] positives) {
		if (scores == null || positives == null || scores.length != positives.length) {
			throw new IllegalArgumentException("The AUC needs one outcome per score");
		}
		int n = scores.length;
		Integer[] order = new Integer[n];
		long positiveCount = 0;
		for (int i = 0; i < n; i++) {
			if (!Double.isFinite(scores[i])) {
				throw new IllegalArgumentException("Score " + (i + 1) + " is not a finite number: " + scores[i]);
			}
			order[i] = i;
			positiveCount += positives[i] ? 1 : 0;
		}
		long negativeCount = n - positiveCount;
		if (positiveCount == 0 || negativeCount == 0) {
			throw new IllegalArgumentException("The AUC needs both outcomes; there are " + positiveCount
					+ " positive and " + negativeCount + " negative observations");
		}
		Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
		double positiveRankSum = 0;
		int start = 0;
		while (start < n) {
			int end = start;
			while (end + 1 < n && scores[order[end + 1]] == scores[order[start]]) {
				end++;
			}
			// Ranks are 1-based; the tied block start…end shares their mean.
			double meanRank = (start + end) / 2.0 + 1;
			for (int k = start; k <= end; k++) {
				if (positives[order[k]]) {
					positiveRankSum += meanRank;
				}
			}
			start = end + 1;
		}
		double u = positiveRankSum - positiveCount * (positiveCount + 1) / 2.0;
		return u / ((double) positiveCount * negativeCount);
	}

}
