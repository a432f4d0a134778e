package io.peakxm.insight.prediction;

import java.util.List;

/**
 * A trained random forest: the probability of a response is the mean of its leaves'
 * at-risk shares over all trees.
 */
final class RandomForest implements Scorer {

	private final ForestColumns columns;

	private final List<DecisionTree> trees;

	RandomForest(ForestColumns columns, List<DecisionTree> trees) {
		this.columns = columns;
		this.trees = List.copyOf(trees);
	}

	@Override
	public double probability(FeatureRow row) {
		double[] x = this.columns.encode(row);
		double sum = 0;
		for (DecisionTree tree : this.trees) {
			sum += tree.probability(x);
		}
		return sum / this.trees.size();
	}

}
