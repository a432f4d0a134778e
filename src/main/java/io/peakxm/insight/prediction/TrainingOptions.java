package io.peakxm.insight.prediction;

/**
 * How a {@link RiskModel} is trained and checked.
 *
 * @param heldOutShare the share of responses kept out of training to measure accuracy and
 * AUC, above 0 and at most 0.5; the split is stratified, so both parts have the same
 * share of at-risk responses
 * @param maxRows the most responses used, training and held-out together; a larger table
 * is reduced to a seeded reservoir sample of this many rows first, which bounds training
 * time and memory
 * @param trees the number of trees in the forest, at least 1
 * @param seed the seed of the sample, the split, the trees and the factor measurement:
 * the same seed and data give the same model
 */
public record TrainingOptions(double heldOutShare, int maxRows, int trees, long seed) {

	/**
	 * Checks the ranges.
	 */
	public TrainingOptions {
		if (!(heldOutShare > 0 && heldOutShare <= 0.5)) {
			throw new IllegalArgumentException(
					"The held-out share must be above 0 and at most 0.5, not " + heldOutShare);
		}
		if (maxRows < 2 * RiskModel.MINIMUM_PER_OUTCOME) {
			throw new IllegalArgumentException("At most " + maxRows
					+ " rows leaves too few to train on; allow at least " + 2 * RiskModel.MINIMUM_PER_OUTCOME);
		}
		if (trees < 1) {
			throw new IllegalArgumentException("A forest needs at least one tree, not " + trees);
		}
	}

	/**
	 * 20% held out, at most 100,000 rows, 20 trees, seed 1.
	 * @return the default options
	 */
	public static TrainingOptions defaults() {
		return new TrainingOptions(0.2, 100_000, 20, 1L);
	}

	/**
	 * These options with another held-out share.
	 * @param share above 0 and at most 0.5
	 * @return new options
	 */
	public TrainingOptions withHeldOutShare(double share) {
		return new TrainingOptions(share, this.maxRows, this.trees, this.seed);
	}

	/**
	 * These options with another cap on the rows used.
	 * @param rows the most rows used, training and held-out together
	 * @return new options
	 */
	public TrainingOptions withMaxRows(int rows) {
		return new TrainingOptions(this.heldOutShare, rows, this.trees, this.seed);
	}

	/**
	 * These options with another number of trees.
	 * @param count at least 1
	 * @return new options
	 */
	public TrainingOptions withTrees(int count) {
		return new TrainingOptions(this.heldOutShare, this.maxRows, count, this.seed);
	}

	/**
	 * These options with another seed.
	 * @param seed the seed of sampling, splitting and training
	 * @return new options
	 */
	public TrainingOptions withSeed(long seed) {
		return new TrainingOptions(this.heldOutShare, this.maxRows, this.trees, seed);
	}

}
