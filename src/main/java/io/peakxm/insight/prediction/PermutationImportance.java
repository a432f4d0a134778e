package io.peakxm.insight.prediction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Permutation importance (Breiman 2001): how much the held-out AUC drops when one
 * feature's values are shuffled among the responses, which breaks that feature's link to
 * the outcome and nothing else.
 * <p>
 * Chosen over the trees' own importances because split counts and impurity decreases
 * favour numbers with many distinct values (distances, delays) over ratings with six, and
 * because it measures the model on responses it has not seen. A categorical feature is
 * shuffled as a whole, so its one-hot columns count as one factor.
 */
final class PermutationImportance {

	/**
	 * The most held-out rows scored per feature; AUC losses of strong factors are stable
	 * well below this.
	 */
	static final int MAX_ROWS = 4000;

	private PermutationImportance() {
	}

	static List<Factor> of(Scorer model, FeatureTable table, boolean[] atRisk, int[] heldOut, SplittableRandom random) {
		int[] rows = Sampling.reservoir(heldOut.length, MAX_ROWS, random.split());
		FeatureRow[] sample = new FeatureRow[rows.length];
		boolean[] outcomes = new boolean[rows.length];
		for (int i = 0; i < rows.length; i++) {
			sample[i] = table.row(heldOut[rows[i]]);
			outcomes[i] = atRisk[heldOut[rows[i]]];
		}
		double auc = AreaUnderCurve.of(scores(model, sample), outcomes);
		FeatureLayout layout = table.layout();
		long[] seeds = random.longs(layout.size()).toArray();
		double[] losses = IntStream.range(0, layout.size()).parallel().mapToDouble((feature) -> {
			int[] donors = Sampling.identity(sample.length);
			Sampling.shuffle(donors, new SplittableRandom(seeds[feature]));
			FeatureRow[] shuffled = new FeatureRow[sample.length];
			for (int i = 0; i < sample.length; i++) {
				shuffled[i] = sample[i].withValueOf(feature, sample[donors[i]]);
			}
			// A feature that happens to help when shuffled has no importance, not a
			// negative one.
			return Math.max(0, auc - AreaUnderCurve.of(scores(model, shuffled), outcomes));
		}).toArray();
		return factors(layout, losses);
	}

	private static double[] scores(Scorer model, FeatureRow[] rows) {
		double[] scores = new double[rows.length];
		for (int i = 0; i < rows.length; i++) {
			scores[i] = model.probability(rows[i]);
		}
		return scores;
	}

	/**
	 * The factors with their shares of the summed losses, strongest first; all shares are
	 * 0 when no feature matters.
	 */
	static List<Factor> factors(FeatureLayout layout, double[] losses) {
		double total = 0;
		for (double loss : losses) {
			total += loss;
		}
		List<Factor> factors = new ArrayList<>();
		for (int j = 0; j < losses.length; j++) {
			factors.add(new Factor(layout.feature(j).name(), (total > 0) ? losses[j] / total : 0, losses[j]));
		}
		factors.sort(Comparator.comparingDouble(Factor::aucLoss).reversed().thenComparing(Factor::feature));
		return List.copyOf(factors);
	}

}
