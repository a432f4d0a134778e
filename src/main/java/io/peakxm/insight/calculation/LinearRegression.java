package io.peakxm.insight.calculation;

import java.util.Arrays;

/**
 * Ordinary least squares with an intercept, the model behind peak-end analysis and the R²
 * that key-driver weights divide up.
 * <p>
 * A fit is computed from the correlations of the predictors with each other and with the
 * outcome: the standardized coefficients solve {@code Rxx·β* = rxy}, {@code R² = β*·rxy},
 * and the raw slopes are {@code b_j = β*_j·sd(y)/sd(x_j)} with intercept
 * {@code mean(y) - Σ b_j·mean(x_j)}. This is the same model as a fit on raw predictors
 * and the same as a fit on z-scores, so one fit yields both scales. Working from the p ×
 * p correlations means a fit on a subset or a bootstrap resample of rows never copies the
 * data matrix.
 * <p>
 * The correlations come from {@link Moments}: a fit on streamed rows
 * ({@link #fit(Moments, int, int...)}) and the row-based entry points, which accumulate
 * the chosen rows' moments first, are the same computation. Likewise both
 * cross-validations, of rows in memory dealt into folds and of {@link MomentBlocks}
 * folds, take each fold's held-out error from the fold's own moments
 * ({@link Fit#squaredErrors}).
 * <p>
 * The data must be complete (missing values removed listwise by the caller). Input that
 * has no unique least-squares solution, or whose fit statistics would be undefined, is
 * rejected with an {@link IllegalArgumentException} that says why: fewer than
 * {@code p + 2} rows, a constant predictor or outcome, collinear predictors, non-finite
 * values.
 */
public final class LinearRegression {

	/**
	 * A predictor whose squared multiple correlation with the predictors before it
	 * exceeds {@code 1 - COLLINEARITY} (a variance inflation factor above 10¹⁰) is
	 * treated as collinear.
	 */
	static final double COLLINEARITY = 1e-10;

	private LinearRegression() {
	}

	/**
	 * Fits {@code y ≈ b0 + Σ b_j·x_j} by least squares on all rows.
	 * @param x the predictors, one row per observation and one column per predictor
	 * @param y the outcome, one value per row of {@code x}
	 * @return the fitted model
	 * @throws IllegalArgumentException if the input is degenerate (see the class
	 * description)
	 */
	public static Fit fit(double[][] x, double[] y) {
		return fit(x, y, allRows(x));
	}

	/**
	 * Fits {@code y ≈ b0 + Σ b_j·x_j} by least squares on the given rows, which may
	 * repeat (a bootstrap resample) or leave rows out (a cross-validation training set).
	 * @param x the predictors, one row per observation and one column per predictor
	 * @param y the outcome, one value per row of {@code x}
	 * @param rows the indices of the rows to fit on
	 * @return the fitted model
	 * @throws IllegalArgumentException if the input is degenerate (see the class
	 * description)
	 */
	public static Fit fit(double[][] x, double[] y, int[] rows) {
		return fit(Sample.of(x, y, rows));
	}

	/**
	 * Fits {@code y ≈ b0 + Σ b_j·x_j} by least squares on accumulated rows, with any of
	 * their columns as the outcome and any others as predictors.
	 * @param moments the moments of the rows
	 * @param outcome the column of y
	 * @param predictors the columns of the predictors, in the order of the coefficients
	 * @return the fitted model
	 * @throws IllegalArgumentException if the input is degenerate (see the class
	 * description) or a column does not exist or is used twice
	 */
	public static Fit fit(Moments moments, int outcome, int... predictors) {
		return fit(Sample.of(moments, outcome, predictors));
	}

	private static Fit fit(Sample sample) {
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
	 * Estimates the prediction error of the model by k-fold cross-validation: the rows
	 * are shuffled with the seed and dealt round-robin into {@code folds} folds; each
	 * fold is predicted by a model fitted on the other folds. The same seed always yields
	 * the same folds, so two models compared with one seed see the same splits.
	 * @param x the predictors, one row per observation and one column per predictor
	 * @param y the outcome, one value per row of {@code x}
	 * @param folds the number of folds, from 2 to the number of rows ({@code n} folds is
	 * leave-one-out)
	 * @param seed the seed of the shuffle
	 * @return the root mean squared error of the held-out predictions over all rows
	 * @throws IllegalArgumentException if the number of folds is out of range or a
	 * training set is degenerate
	 */
	public static double crossValidatedRmse(double[][] x, double[] y, int folds, long seed) {
		return CrossValidation.rmse(x, y, folds, seed);
	}

	/**
	 * Estimates the prediction error of the model by k-fold cross-validation on blocked
	 * rows: fold f is the union of the blocks b with {@code b mod folds = f}, predicted
	 * by a model fitted on the other folds' merged moments. The result equals the
	 * row-by-row computation with the same folds, up to rounding.
	 * @param blocks the blocked moments of the rows
	 * @param folds the number of folds, from 2 to the number of blocks
	 * @param outcome the column of y
	 * @param predictors the columns of the predictors
	 * @return the root mean squared error of the held-out predictions over all rows
	 * @throws IllegalArgumentException if the number of folds is out of range or a
	 * training set is degenerate
	 */
	public static double crossValidatedRmse(MomentBlocks blocks, int folds, int outcome, int... predictors) {
		return CrossValidation.rmse(blocks.folds(folds), outcome, predictors);
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
	 * Solves {@code Rxx·β = rxy} by a Cholesky factorization whose pivots double as the
	 * collinearity check: the pivot of predictor j is {@code 1 - R²} of j on the
	 * predictors before it.
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
	 * @param coefficients the raw slopes, one per predictor, in the units of y per unit
	 * of the predictor
	 * @param standardizedCoefficients the beta weights: the slopes when predictors and
	 * outcome are z-scores
	 * @param rSquared the share of the outcome's variance the model explains, from 0 to 1
	 * @param adjustedRSquared R² penalized for the number of predictors,
	 * {@code 1 - (1 - R²)(n - 1)/(n - p - 1)}
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

		/**
		 * The sum of squared prediction errors over accumulated rows, from their moments
		 * alone. With {@code v} the vector that is 1 at the outcome and {@code −b_j} at
		 * predictor j, and {@code d} the mean error {@code ȳ − b0 − Σ b_j·x̄_j}, the
		 * errors are {@code vᵀ(row − mean) + d}; the cross term sums to zero over centred
		 * rows, leaving {@code SSE = vᵀ·C·v + n·d²}. Rounding in C limits the result to
		 * about {@code 10⁻¹⁶·Σ(y − ȳ)²}, so an almost perfect fit shows an error of that
		 * size rather than 0.
		 * @param rows the moments of the rows to predict, such as a held-out fold
		 * @param outcome the column of y
		 * @param predictors the columns of the predictors, in the order of the
		 * coefficients
		 * @return {@code Σ (y − prediction)²}, 0 for no rows
		 * @throws IllegalArgumentException if the number of predictor columns is not the
		 * model's
		 */
		public double squaredErrors(Moments rows, int outcome, int... predictors) {
			if (predictors.length != this.coefficients.length) {
				throw new IllegalArgumentException(
						"The model has " + this.coefficients.length + " predictors, not " + predictors.length);
			}
			if (rows.n() == 0) {
				return 0;
			}
			int p = predictors.length;
			double meanError = rows.mean(outcome) - this.intercept;
			double spread = rows.coMoment(outcome, outcome);
			for (int j = 0; j < p; j++) {
				meanError -= this.coefficients[j] * rows.mean(predictors[j]);
				spread -= 2 * this.coefficients[j] * rows.coMoment(predictors[j], outcome);
				for (int k = 0; k < p; k++) {
					spread += this.coefficients[j] * this.coefficients[k] * rows.coMoment(predictors[j], predictors[k]);
				}
			}
			return Math.max(0, spread) + rows.n() * meanError * meanError;
		}

	}

}
