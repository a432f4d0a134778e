package io.peakxm.insight.calculation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ordinary least squares with an intercept, the model behind peak-end analysis and the R² that key-driver weights
 * divide up.
 * <p>
 * A fit is computed from the correlations of the predictors with each other and with the outcome: the standardized
 * coefficients solve {@code Rxx·β* = rxy}, {@code R² = β*·rxy}, and the raw slopes are
 * {@code b_j = β*_j·sd(y)/sd(x_j)} with intercept {@code mean(y) - Σ b_j·mean(x_j)}. This is the same model as a
 * fit on raw predictors and the same as a fit on z-scores, so one fit yields both scales. Working from the p × p
 * correlations means a fit on a subset or a bootstrap resample of rows never copies the data matrix.
 * <p>
 * The data must be complete (missing values removed listwise by the caller). Input that has no unique least-squares
 * solution, or whose fit statistics would be undefined, is rejected with an {@link IllegalArgumentException} that
 * says why: fewer than {@code p + 2} rows, a constant predictor or outcome, collinear predictors, non-finite values.
 */
public final class LinearRegression {

	/**
	 * A predictor whose squared multiple correlation with the predictors before it exceeds {@code 1 - COLLINEARITY}
	 * (a variance inflation factor above 10¹⁰) is treated as collinear.
	 */
	static final double COLLINEARITY = 1e-10;

	private LinearRegression() {
	}

	/**
	 * Fits {@code y ≈ b0 + Σ b_j·x_j} by least squares on all rows.
	 * @param x the predictors, one row per observation and one column per predictor
	 * @param y the outcome, one value per row of {@code x}
	 * @return the fitted model
	 * @throws IllegalArgumentException if the input is degenerate (see the class description)
	 */
	public static Fit fit(double[][] x, double[] y) {
		return fit(x, y, allRows(x));
	}

	/**
	 * Fits {@code y ≈ b0 + Σ b_j·x_j} by least squares on the given rows, which may repeat (a bootstrap resample)
	 * or leave rows out (a cross-validation training set).
	 * @param x the predictors, one row per observation and one column per predictor
	 * @param y the outcome, one value per row of {@code x}
	 * @param rows the indices of the rows to fit on
	 * @return the fitted model
	 * @throws IllegalArgumentException if the input is degenerate (see the class description)
	 */
	public static Fit fit(double[][] x, double[] y, int[] rows) {
		Sample sample = Sample.of(x, y, rows);
		int p = sample.predictorCount();
		double[] beta = solveCorrelations(sample.rxx(), sample.rxy());
		double rSquared = 0;
		for (int j = 0; j < p; j++) {
			rSquared += beta[j] * sample.rxy()[j];
		}
		rSquared = Math.min(1.0, Math.max(0.0, rSquared));
		double[] slopes = new double[p];
		double intercept = sample.yMean();
		for (int j = 0; j < p; j++) {
			slopes[j] = beta[j] * sample.ySd() / sample.sds()[j];
			intercept -= slopes[j] * sample.means()[j];
		}
		int n = sample.n();
		double adjusted = 1 - (1 - rSquared) * (n - 1) / (n - p - 1);
		return new Fit(intercept, slopes, beta, rSquared, adjusted, n);
	}

	/**
	 * Estimates the prediction error of the model by k-fold cross-validation: the rows are shuffled with the seed
	 * and dealt round-robin into {@code folds} folds; each fold is predicted by a model fitted on the other folds.
	 * The same seed always yields the same folds, so two models compared with one seed see the same splits.
	 * @param x the predictors, one row per observation and one column per predictor
	 * @param y the outcome, one value per row of {@code x}
	 * @param folds the number of folds, from 2 to the number of rows ({@code n} folds is leave-one-out)
	 * @param seed the seed of the shuffle
	 * @return the root mean squared error of the held-out predictions over all rows
	 * @throws IllegalArgumentException if the number of folds is out of range or a training set is degenerate
	 */
	public static double crossValidatedRmse(double[][] x, double[] y, int folds, long seed) {
		int n = checkedRowCount(x, y);
		if (folds < 2 || folds > n) {
			throw new IllegalArgumentException("Cross-validation needs 2 to " + n + " folds, not " + folds);
		}
		int[] shuffled = allRows(x);
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = shuffled[i];
			shuffled[i] = shuffled[j];
			shuffled[j] = swap;
		}
		double squaredErrors = 0;
		for (int fold = 0; fold < folds; fold++) {
			int[] training = new int[n - foldSize(n, folds, fold)];
			int[] test = new int[foldSize(n, folds, fold)];
			int t = 0;
			int h = 0;
			for (int i = 0; i < n; i++) {
				if (i % folds == fold) {
					test[h++] = shuffled[i];
				}
				else {
					training[t++] = shuffled[i];
				}
			}
			Fit fit;
			try {
				fit = fit(x, y, training);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"Cannot fit cross-validation fold " + (fold + 1) + " of " + folds + ": " + ex.getMessage(), ex);
			}
			for (int row : test) {
				double error = y[row] - fit.predict(x[row]);
				squaredErrors += error * error;
			}
		}
		return Math.sqrt(squaredErrors / n);
	}

	private static int foldSize(int n, int folds, int fold) {
		return n / folds + ((fold < n % folds) ? 1 : 0);
	}

	static int[] allRows(double[][] x) {
		if (x == null) {
			throw new IllegalArgumentException("The predictor matrix is missing");
		}
		int[] rows = new int[x.length];
		Arrays.setAll(rows, i -> i);
		return rows;
	}

	static int checkedRowCount(double[][] x, double[] y) {
		if (x == null || y == null) {
			throw new IllegalArgumentException("The predictor matrix and the outcome are both required");
		}
		if (x.length != y.length) {
			throw new IllegalArgumentException(
					"The predictors have " + x.length + " rows but the outcome has " + y.length + " values");
		}
		return x.length;
	}

	/**
	 * Solves {@code Rxx·β = rxy} by a Cholesky factorization whose pivots double as the collinearity check: the
	 * pivot of predictor j is {@code 1 - R²} of j on the predictors before it.
	 */
	static double[] solveCorrelations(double[][] rxx, double[] rxy) {
		int p = rxy.length;
		double[][] l = new double[p][p];
		for (int j = 0; j < p; j++) {
			double pivot = rxx[j][j];
			for (int k = 0; k < j; k++) {
				pivot -= l[j][k] * l[j][k];
			}
			if (!(pivot > COLLINEARITY * rxx[j][j])) {
				throw new IllegalArgumentException("Predictor " + (j + 1)
						+ " is (almost) a linear combination of the predictors before it; drop or merge it");
			}
			l[j][j] = Math.sqrt(pivot);
			for (int i = j + 1; i < p; i++) {
				double sum = rxx[i][j];
				for (int k = 0; k < j; k++) {
					sum -= l[i][k] * l[j][k];
				}
				l[i][j] = sum / l[j][j];
			}
		}
		double[] z = new double[p];
		for (int i = 0; i < p; i++) {
			double sum = rxy[i];
			for (int k = 0; k < i; k++) {
				sum -= l[i][k] * z[k];
			}
			z[i] = sum / l[i][i];
		}
		double[] beta = new double[p];
		for (int i = p - 1; i >= 0; i--) {
			double sum = z[i];
			for (int k = i + 1; k < p; k++) {
				sum -= l[k][i] * beta[k];
			}
			beta[i] = sum / l[i][i];
		}
		return beta;
	}

	/**
	 * A fitted linear model {@code y ≈ intercept + Σ coefficients[j]·x_j}.
	 *
	 * @param intercept the fitted value when every predictor is 0
	 * @param coefficients the raw slopes, one per predictor, in the units of y per unit of the predictor
	 * @param standardizedCoefficients the beta weights: the slopes when predictors and outcome are z-scores
	 * @param rSquared the share of the outcome's variance the model explains, from 0 to 1
	 * @param adjustedRSquared R² penalized for the number of predictors, {@code 1 - (1 - R²)(n - 1)/(n - p - 1)}
	 * @param n the number of rows fitted
	 */
	public record Fit(double intercept, double[] coefficients, double[] standardizedCoefficients, double rSquared,
			double adjustedRSquared, int n) {

		/**
		 * Copies the arrays, so the fit cannot change afterwards.
		 */
		public Fit {
			coefficients = coefficients.clone();
			standardizedCoefficients = standardizedCoefficients.clone();
		}

		@Override
		public double[] coefficients() {
			return this.coefficients.clone();
		}

		@Override
		public double[] standardizedCoefficients() {
			return this.standardizedCoefficients.clone();
		}

		/**
		 * The number of predictors, not counting the intercept.
		 * @return p
		 */
		public int predictorCount() {
			return this.coefficients.length;
		}

		/**
		 * Predicts the outcome for one row of predictor values.
		 * @param row the predictor values, in the order of the fitted columns
		 * @return {@code intercept + Σ coefficients[j]·row[j]}
		 * @throws IllegalArgumentException if the row has the wrong number of values
		 */
		public double predict(double[] row) {
			if (row == null || row.length != this.coefficients.length) {
				throw new IllegalArgumentException("A prediction needs " + this.coefficients.length
						+ " predictor values, not " + ((row != null) ? row.length : 0));
			}
			double prediction = this.intercept;
			for (int j = 0; j < row.length; j++) {
				prediction += this.coefficients[j] * row[j];
			}
			return prediction;
		}

	}

}
