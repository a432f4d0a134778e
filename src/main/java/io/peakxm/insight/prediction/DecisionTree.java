package io.peakxm.insight.prediction;

/**
 * One trained decision tree as flat arrays, indexed by node (the root is node 0): a split
 * node sends a row to {@code greater} when its value in {@code column} is above
 * {@code threshold}, else to {@code lessOrEqual}; a leaf (column −1) holds the share of
 * at-risk training rows that reached it.
 * <p>
 * Copied out of the library's node objects after training, so a model keeps no library
 * type and scoring a row is a few array reads per tree.
 */
final class DecisionTree {

	static final int LEAF = -1;

	private final int[] column;

	private final double[] threshold;

	private final int[] lessOrEqual;

	private final int[] greater;

	private final double[] atRiskShare;

	DecisionTree(int[] column, double[] threshold, int[] lessOrEqual, int[] greater, double[] atRiskShare) {
		this.column = column;
		this.threshold = threshold;
		this.lessOrEqual = lessOrEqual;
		this.greater = greater;
		this.atRiskShare = atRiskShare;
	}

	/**
	 * The at-risk share of the leaf the encoded row falls into.
	 */
	double probability(double[] x) {
		int node = 0;
		while (this.column[node] != LEAF) {
			node = (x[this.column[node]] > this.threshold[node]) ? this.greater[node] : this.lessOrEqual[node];
		}
		return this.atRiskShare[node];
	}

}
