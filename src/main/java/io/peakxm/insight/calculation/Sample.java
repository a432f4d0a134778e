package io.peakxm.insight.calculation;

import java.util.Arrays;

/**
 * Means, standard deviations and correlations of an outcome and its predictors, checked
 * for what a least-squares fit and the relative weights need: enough rows, finite values,
 * no constant column. Built from {@link Moments}, so a fit on streamed rows, on rows in
 * memory and on a bootstrap resample share one computation.
 */
record Sample(int n, double[] means, double[] sds, double yMean, double ySd, double[][] rxx, double[] rxy) {

	int predictorCount() {
		return this.means.length;
	}

	static Sample of(double[][] x, double[] y, int[] rows) {
		return of(x, null, y, rows);
	}

	/**
	 * The sample of the given rows, with {@code extra[row]} (when not {@code null}) as
	 * one more predictor after the columns of {@code x}, so a column can be added without
	 * copying the matrix.
	 */
	static Sample of(double[][] x, double[] extra, double[] y, int[] rows) {
		Moments moments = moments(x, extra, y, rows);
		int[] predictors = new int[moments.variables() - 1];
		Arrays.setAll(predictors, (j) -> j);
		return of(moments, predictors.length, predictors);
	}

	/**
	 * The moments of the given rows after checking them: the columns of {@code x}, then
	 * {@code extra[row]} when not {@code null}, then the outcome in the last column.
	 */
	static Moments moments(double[][] x, double[] extra, double[] y, int[] rows) {
		LinearRegression.checkedRowCount(x, y);
		if (rows == null) {
			throw new IllegalArgumentException("The rows to use are required");
		}
		if (extra != null && extra.length != x.length) {
			throw new IllegalArgumentException("The extra column needs one value per row");
		}
		int p = checkedColumnCount(x, y, rows) + ((extra != null) ? 1 : 0);
		Moments moments = new Moments(p + 1);
		double[] values = new double[p + 1];
		for (int row : rows) {
			load(x, extra, row, values);
			values[p] = y[row];
			moments.add(values);
		}
		return moments;
	}

	/**
	 * The sample of some columns of accumulated rows.
	 * @param moments the rows' moments
	 * @param outcome the column of the outcome
	 * @param predictors the columns of the predictors, in model order; numbered from 1 in
	 * messages
	 */
	static Sample of(Moments moments, int outcome, int[] predictors) {
		checkColumns(moments, outcome, predictors);
		int p = predictors.length;
		long n = moments.n();
		if (n < p + 2) {
			throw new IllegalArgumentException(
					"A model with " + p + " predictor(s) needs at least " + (p + 2) + " rows, but there are " + n);
		}
		double[] means = new double[p];
		double[] sds = new double[p];
		for (int j = 0; j < p; j++) {
			means[j] = moments.mean(predictors[j]);
			sds[j] = moments.standardDeviation(predictors[j]);
			if (!Double.isFinite(means[j]) || !Double.isFinite(sds[j])) {
				throw new IllegalArgumentException(
						"Predictor " + (j + 1) + " has a missing or infinite value; remove incomplete rows first");
			}
			if (isConstant(sds[j], means[j])) {
				throw new IllegalArgumentException("Predictor " + (j + 1) + " is constant over the rows used");
			}
		}
		double yMean = moments.mean(outcome);
		double ySd = moments.standardDeviation(outcome);
		if (!Double.isFinite(yMean) || !Double.isFinite(ySd)) {
			throw new IllegalArgumentException(
					"The outcome has a missing or infinite value; remove incomplete rows first");
		}
		if (isConstant(ySd, yMean)) {
			throw new IllegalArgumentException("The outcome is constant over the rows used");
		}
		double[][] rxx = new double[p][p];
		double[] rxy = new double[p];
		for (int j = 0; j < p; j++) {
			for (int k = 0; k < j; k++) {
				double r = moments.correlation(predictors[j], predictors[k]);
				rxx[j][k] = r;
				rxx[k][j] = r;
			}
			rxx[j][j] = 1.0;
			rxy[j] = moments.correlation(predictors[j], outcome);
		}
		return new Sample(Math.toIntExact(n), means, sds, yMean, ySd, rxx, rxy);
	}

	private static void checkColumns(Moments moments, int outcome, int[] predictors) {
		if (moments == null || predictors == null || predictors.length == 0) {
			throw new IllegalArgumentException("A model needs moments and at least one predictor");
		}
		int k = moments.variables();
		boolean[] seen = new boolean[k];
		if (outcome < 0 || outcome >= k) {
			throw new IllegalArgumentException("Outcome column " + outcome + " does not exist; there are " + k);
		}
		seen[outcome] = true;
		for (int column : predictors) {
			if (column < 0 || column >= k || seen[column]) {
				throw new IllegalArgumentException("Predictor column " + column
						+ " does not exist or is used twice (or is the outcome); there are " + k + " columns");
			}
			seen[column] = true;
		}
	}

	private static void load(double[][] x, double[] extra, int row, double[] values) {
		double[] columns = x[row];
		System.arraycopy(columns, 0, values, 0, columns.length);
		if (extra != null) {
			values[columns.length] = extra[row];
		}
	}

	/** A spread at rounding-error level of the values' magnitude is no spread at all. */
	static boolean isConstant(double sd, double mean) {
		return !(sd > 1e-12 * Math.abs(mean));
	}

	private static int checkedColumnCount(double[][] x, double[] y, int[] rows) {
		int p = -1;
		for (int row : rows) {
			if (row < 0 || row >= x.length) {
				throw new IllegalArgumentException("Row " + row + " does not exist; there are " + x.length);
			}
			double[] values = x[row];
			if (values == null) {
				throw new IllegalArgumentException("Row " + row + " of the predictors is missing");
			}
			if (p < 0) {
				p = values.length;
			}
			else if (values.length != p) {
				throw new IllegalArgumentException(
						"Row " + row + " has " + values.length + " predictor values; earlier rows have " + p);
			}
			for (double value : values) {
				if (!Double.isFinite(value)) {
					throw new IllegalArgumentException(
							"Row " + row + " has a missing or infinite predictor value; remove incomplete rows first");
				}
			}
			if (!Double.isFinite(y[row])) {
				throw new IllegalArgumentException("Row " + row + " has a missing or infinite outcome");
			}
		}
		if (p < 1) {
			throw new IllegalArgumentException("A model needs at least one predictor and at least one row");
		}
		return p;
	}

}
