package io.peakxm.insight.calculation;

/**
 * Means, standard deviations and correlations of the chosen rows: everything a least-squares fit and the
 * relative weights need. Centered sums of products are taken in a second pass for accuracy.
 */
record Sample(int n, double[] means, double[] sds, double yMean, double ySd, double[][] rxx, double[] rxy) {

	int predictorCount() {
		return this.means.length;
	}

	static Sample of(double[][] x, double[] y, int[] rows) {
		return of(x, null, y, rows);
	}

	/**
	 * The sample of the given rows, with {@code extra[row]} (when not {@code null}) as one more predictor after
	 * the columns of {@code x}, so a column can be added without copying the matrix.
	 */
	static Sample of(double[][] x, double[] extra, double[] y, int[] rows) {
		LinearRegression.checkedRowCount(x, y);
		if (rows == null) {
			throw new IllegalArgumentException("The rows to use are required");
		}
		if (extra != null && extra.length != x.length) {
			throw new IllegalArgumentException("The extra column needs one value per row");
		}
		int p = checkedColumnCount(x, y, rows) + ((extra != null) ? 1 : 0);
		int n = rows.length;
		if (n < p + 2) {
			throw new IllegalArgumentException("A model with " + p + " predictor(s) needs at least " + (p + 2)
					+ " rows, but there are " + n);
		}
		double[] values = new double[p];
		double[] means = new double[p];
		double yMean = 0;
		for (int row : rows) {
			load(x, extra, row, values);
			for (int j = 0; j < p; j++) {
				means[j] += values[j];
			}
			yMean += y[row];
		}
		for (int j = 0; j < p; j++) {
			means[j] /= n;
		}
		yMean /= n;
		double[][] sxx = new double[p][p];
		double[] sxy = new double[p];
		double syy = 0;
		for (int row : rows) {
			load(x, extra, row, values);
			for (int j = 0; j < p; j++) {
				values[j] -= means[j];
			}
			double dy = y[row] - yMean;
			for (int j = 0; j < p; j++) {
				for (int k = 0; k <= j; k++) {
					sxx[j][k] += values[j] * values[k];
				}
				sxy[j] += values[j] * dy;
			}
			syy += dy * dy;
		}
		double[] sds = new double[p];
		for (int j = 0; j < p; j++) {
			sds[j] = Math.sqrt(sxx[j][j] / (n - 1));
			if (isConstant(sds[j], means[j])) {
				throw new IllegalArgumentException("Predictor " + (j + 1) + " is constant over the rows used");
			}
		}
		double ySd = Math.sqrt(syy / (n - 1));
		if (isConstant(ySd, yMean)) {
			throw new IllegalArgumentException("The outcome is constant over the rows used");
		}
		double[][] rxx = new double[p][p];
		double[] rxy = new double[p];
		for (int j = 0; j < p; j++) {
			for (int k = 0; k < j; k++) {
				double r = sxx[j][k] / Math.sqrt(sxx[j][j] * sxx[k][k]);
				rxx[j][k] = r;
				rxx[k][j] = r;
			}
			rxx[j][j] = 1.0;
			rxy[j] = sxy[j] / Math.sqrt(sxx[j][j] * syy);
		}
		return new Sample(n, means, sds, yMean, ySd, rxx, rxy);
	}

	private static void load(double[][] x, double[] extra, int row, double[] values) {
		double[] columns = x[row];
		System.arraycopy(columns, 0, values, 0, columns.length);
		if (extra != null) {
			values[columns.length] = extra[row];
		}
	}

	/** A spread at rounding-error level of the values' magnitude is no spread at all. */
	private static boolean isConstant(double sd, double mean) {
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
					throw new IllegalArgumentException("Row " + row
							+ " has a missing or infinite predictor value; remove incomplete rows first");
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
