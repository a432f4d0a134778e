package io.peakxm.insight.calculation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * K-fold cross-validation of a least-squares model on the moments of its folds, whether
 * the folds are dealt from rows in memory or are unions of {@link MomentBlocks}: each
 * fold is predicted by the model fitted on the merge of the others, and its squared
 * errors follow from its own moments ({@link LinearRegression.Fit#squaredErrors}).
 */
final class CrossValidation {

	private CrossValidation() {
	}

	/**
	 * Shuffles the rows with the seed, deals them round-robin into folds and
	 * cross-validates on the folds' moments.
	 */
	static double rmse(double[][] x, double[] y, int folds, long seed) {
		int n = LinearRegression.checkedRowCount(x, y);
		if (folds < 2 || folds > n) {
			throw new IllegalArgumentException("Cross-validation needs 2 to " + n + " folds, not " + folds);
		}
		int[] shuffled = LinearRegression.allRows(x);
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = shuffled[i];
			shuffled[i] = shuffled[j];
			shuffled[j] = swap;
		}
		Moments[] parts = new Moments[folds];
		for (int fold = 0; fold < folds; fold++) {
			int[] rows = new int[n / folds + ((fold < n % folds) ? 1 : 0)];
			for (int i = 0; i < rows.length; i++) {
				rows[i] = shuffled[fold + i * folds];
			}
			parts[fold] = Sample.moments(x, null, y, rows);
		}
		int[] predictors = new int[parts[0].variables() - 1];
		Arrays.setAll(predictors, (j) -> j);
		return rmse(parts, predictors.length, predictors);
	}

	/**
	 * The root mean squared error of each fold's rows predicted by the model fitted on
	 * all other folds.
	 */
	static double rmse(Moments[] folds, int outcome, int[] predictors) {
		double squaredErrors = 0;
		long n = 0;
		for (int fold = 0; fold < folds.length; fold++) {
			Moments training = new Moments(folds[fold].variables());
			for (int other = 0; other < folds.length; other++) {
				if (other != fold) {
					training.add(folds[other]);
				}
			}
			LinearRegression.Fit fit;
			try {
				fit = LinearRegression.fit(training, outcome, predictors);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Cannot fit cross-validation fold " + (fold + 1) + " of "
						+ folds.length + ": " + ex.getMessage(), ex);
			}
			squaredErrors += fit.squaredErrors(folds[fold], outcome, predictors);
			n += folds[fold].n();
		}
		return Math.sqrt(squaredErrors / n);
	}

}
