package io.peakxm.insight.calculation;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Johnson's (2000) relative weights: how much of the outcome's explained variance (R²)
 * each key driver accounts for, even when the drivers are correlated with each other.
 * <p>
 * With {@code R} the correlation matrix of the drivers and {@code r} their correlations
 * with the outcome: eigen-decompose {@code R = QΛQᵀ}, take the symmetric square root
 * {@code Λ½ = QΛ^{1/2}Qᵀ} (the loadings of the drivers on their closest orthogonal
 * counterparts), regress the outcome on those counterparts, {@code β = Λ½⁻¹·r}, and give
 * driver j the raw weight {@code ε_j = Σ_k (Λ½)_jk²·β_k²}. The raw weights sum to the R²
 * of the linear model on all drivers; their shares of R² sum to 1.
 * <p>
 * To tell a real driver from chance, {@link #withNoiseDriver(double[][], double[], long)}
 * appends a driver of pure Gaussian noise; a driver whose weight is not above the noise
 * driver's is not significant. {@link KeyDrivers} does the same for streamed rows.
 */
public final class RelativeWeights {

	private RelativeWeights() {
	}

	/**
	 * Computes the relative weights of the drivers (columns of {@code x}) on the outcome
	 * from complete data (remove rows with missing values first: listwise deletion).
	 * @param x the driver ratings, one row per observation and one column per driver
	 * @param y the outcome, one value per row of {@code x}
	 * @return the weights
	 * @throws IllegalArgumentException if the data are degenerate, as for
	 * {@link LinearRegression#fit}
	 */
	public static Weights of(double[][] x, double[] y) {
		return of(x, y, LinearRegression.allRows(x));
	}

	/**
	 * Computes the relative weights on the given rows, which may repeat (a bootstrap
	 * resample).
	 * @param x the driver ratings, one row per observation and one column per driver
	 * @param y the outcome, one value per row of {@code x}
	 * @param rows the indices of the rows to use
	 * @return the weights
	 * @throws IllegalArgumentException if the data are degenerate, as for
	 * {@link LinearRegression#fit}
	 */
	public static Weights of(double[][] x, double[] y, int[] rows) {
		Sample sample = Sample.of(x, y, rows);
		return fromCorrelations(sample.rxx(), sample.rxy());
	}

	/**
	 * Computes the relative weights from accumulated rows, with any of their columns as
	 * the outcome and any others as drivers; the rows are complete cases (listwise
	 * deletion).
	 * @param moments the moments of the rows
	 * @param outcome the column of the outcome
	 * @param drivers the columns of the drivers, in the order of the weights
	 * @return the weights
	 * @throws IllegalArgumentException if the data are degenerate, as for
	 * {@link LinearRegression#fit}
	 */
	public static Weights of(Moments moments, int outcome, int... drivers) {
		Sample sample = Sample.of(moments, outcome, drivers);
		return fromCorrelations(sample.rxx(), sample.rxy());
	}

	/**
	 * Computes the relative weights from correlations, for instance pairwise-complete
	 * correlations when values are missing (pairwise deletion).
	 * @param rxx the p × p correlation matrix of the drivers
	 * @param rxy the correlations of the p drivers with the outcome
	 * @return the weights
	 * @throws IllegalArgumentException if the matrix is not a correlation matrix, is
	 * singular (collinear drivers) or is inconsistent with {@code rxy} (an R² above 1,
	 * which pairwise deletion can produce)
	 */
	public static Weights fromCorrelations(double[][] rxx, double[] rxy) {
		checkCorrelations(rxx, rxy);
		int p = rxy.length;
		EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(rxx, true));
		double[] lambda = eigen.getRealEigenvalues();
		double largest = 0;
		for (double value : lambda) {
			largest = Math.max(largest, value);
		}
		for (double value : lambda) {
			if (!(value > LinearRegression.COLLINEARITY * largest)) {
				throw new IllegalArgumentException(
						"The driver correlation matrix is singular or not positive definite" + " (eigenvalue " + value
								+ "): drivers are collinear, or pairwise correlations are inconsistent");
			}
		}
		RealMatrix q = eigen.getV();
		double[][] root = new double[p][p];
		double[][] inverseRoot = new double[p][p];
		for (int j = 0; j < p; j++) {
			for (int k = 0; k < p; k++) {
				double sqrt = 0;
				double inverseSqrt = 0;
				for (int m = 0; m < p; m++) {
					double product = q.getEntry(j, m) * q.getEntry(k, m);
					sqrt += product * Math.sqrt(lambda[m]);
					inverseSqrt += product / Math.sqrt(lambda[m]);
				}
				root[j][k] = sqrt;
				inverseRoot[j][k] = inverseSqrt;
			}
		}
		double[] betaSquared = new double[p];
		for (int k = 0; k < p; k++) {
			double beta = 0;
			for (int m = 0; m < p; m++) {
				beta += inverseRoot[k][m] * rxy[m];
			}
			betaSquared[k] = beta * beta;
		}
		double[] raw = new double[p];
		double rSquared = 0;
		for (int j = 0; j < p; j++) {
			for (int k = 0; k < p; k++) {
				raw[j] += root[j][k] * root[j][k] * betaSquared[k];
			}
			rSquared += raw[j];
		}
		if (rSquared > 1 + 1e-9) {
			throw new IllegalArgumentException("The correlations imply R² = " + rSquared
					+ " > 1; they are inconsistent (pairwise deletion of missing values can cause this)");
		}
		return new Weights(raw, rSquared);
	}

	/**
	 * Computes the relative weights with an extra driver of pure noise appended after the
	 * real ones.
	 * @param x the driver ratings, one row per observation and one column per driver
	 * @param y the outcome, one value per row of {@code x}
	 * @param seed the seed of the noise
	 * @return the weights of the drivers and of the noise driver
	 * @throws IllegalArgumentException if the data are degenerate, as for
	 * {@link LinearRegression#fit}
	 */
	public static NoiseComparison withNoiseDriver(double[][] x, double[] y, long seed) {
		return withNoiseDriver(x, y, LinearRegression.allRows(x), seed);
	}

	/**
	 * Computes the relative weights on the given rows with an extra driver of pure noise
	 * appended. The noise value of each original row depends only on the seed and the
	 * row, so a bootstrap resample carries each row's noise along with its ratings.
	 * @param x the driver ratings, one row per observation and one column per driver
	 * @param y the outcome, one value per row of {@code x}
	 * @param rows the indices of the rows to use, which may repeat
	 * @param seed the seed of the noise
	 * @return the weights of the drivers and of the noise driver
	 * @throws IllegalArgumentException if the data are degenerate, as for
	 * {@link LinearRegression#fit}
	 */
	public static NoiseComparison withNoiseDriver(double[][] x, double[] y, int[] rows, long seed) {
		if (x == null) {
			throw new IllegalArgumentException("The predictor matrix is missing");
		}
		SplittableRandom random = new SplittableRandom(seed);
		double[] noise = new double[x.length];
		for (int i = 0; i < noise.length; i++) {
			noise[i] = random.nextGaussian();
		}
		Sample sample = Sample.of(x, noise, y, rows);
		return new NoiseComparison(fromCorrelations(sample.rxx(), sample.rxy()));
	}

	private static void checkCorrelations(double[][] rxx, double[] rxy) {
		if (rxx == null || rxy == null || rxy.length == 0) {
			throw new IllegalArgumentException("Relative weights need at least one driver");
		}
		int p = rxy.length;
		if (rxx.length != p) {
			throw new IllegalArgumentException(
					"The correlation matrix has " + rxx.length + " rows for " + p + " driver correlations");
		}
		for (int j = 0; j < p; j++) {
			if (rxx[j] == null || rxx[j].length != p) {
				throw new IllegalArgumentException(
						"Row " + (j + 1) + " of the correlation matrix needs " + p + " values");
			}
			if (!(Math.abs(rxy[j]) <= 1)) {
				throw new IllegalArgumentException(
						"Correlation " + rxy[j] + " of driver " + (j + 1) + " with the outcome is not in [-1, 1]");
			}
			if (Math.abs(rxx[j][j] - 1) > 1e-9) {
				throw new IllegalArgumentException("The correlation matrix needs 1 on its diagonal");
			}
			for (int k = 0; k < j; k++) {
				if (!(Math.abs(rxx[j][k]) <= 1) || Math.abs(rxx[j][k] - rxx[k][j]) > 1e-9) {
					throw new IllegalArgumentException("The correlation matrix must be symmetric with entries in"
							+ " [-1, 1]; entry (" + (j + 1) + ", " + (k + 1) + ") is not");
				}
			}
		}
	}

	/**
	 * The relative weights of p drivers.
	 *
	 * @param raw the raw weight of each driver, its part of R²; non-negative
	 * @param rSquared the R² of the linear model on all drivers, the sum of the raw
	 * weights
	 */
	public record Weights(double[] raw, double rSquared) {

		/**
		 * Copies the array, so the weights cannot change afterwards.
		 */
		public Weights {
			raw = raw.clone();
		}

		@Override
		public double[] raw() {
			return this.raw.clone();
		}

		/**
		 * The number of drivers.
		 * @return p
		 */
		public int driverCount() {
			return this.raw.length;
		}

		/**
		 * Each driver's raw weight as a share of R²; the shares sum to 1.
		 * @return the shares, in driver order
		 * @throws IllegalStateException if the drivers explain nothing (R² = 0), when
		 * shares are undefined
		 */
		public double[] shares() {
			if (!(this.rSquared > 0)) {
				throw new IllegalStateException(
						"The drivers explain none of the outcome (R² = 0); shares are undefined");
			}
			double[] shares = new double[this.raw.length];
			for (int j = 0; j < shares.length; j++) {
				shares[j] = this.raw[j] / this.rSquared;
			}
			return shares;
		}

	}

	/**
	 * The relative weights of p drivers fitted together with a noise driver, whose weight
	 * is what chance alone achieves.
	 *
	 * @param weights the weights of the p drivers followed by the noise driver's
	 */
	public record NoiseComparison(Weights weights) {

		/**
		 * The weight of the noise driver.
		 * @return its raw weight
		 */
		public double noiseWeight() {
			return this.weights.raw[this.weights.raw.length - 1];
		}

		/**
		 * The raw weights of the real drivers, without the noise driver.
		 * @return p raw weights, in driver order
		 */
		public double[] driverWeights() {
			return Arrays.copyOf(this.weights.raw, this.weights.raw.length - 1);
		}

		/**
		 * How far each real driver's weight lies above the noise driver's. As a bootstrap
		 * statistic, a driver whose 95% interval of this margin does not lie entirely
		 * above 0 is not significant.
		 * @return {@code ε_j - ε_noise} for the p real drivers
		 */
		public double[] marginsOverNoise() {
			double[] margins = driverWeights();
			for (int j = 0; j < margins.length; j++) {
				margins[j] -= noiseWeight();
			}
			return margins;
		}

		/**
		 * Whether each real driver's weight is above the noise driver's (point estimates
		 * only; use {@link #marginsOverNoise()} with {@link Bootstrap} for the
		 * significance the design asks for).
		 * @return one flag per real driver
		 */
		public boolean[] aboveNoise() {
			double[] margins = marginsOverNoise();
			boolean[] above = new boolean[margins.length];
			for (int j = 0; j < margins.length; j++) {
				above[j] = margins[j] > 0;
			}
			return above;
		}

	}

}
