package io.peakxm.insight.calculation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The percentile bootstrap: 95% intervals for any statistics computed from rows of data,
 * by recomputing them on resamples of the rows drawn with replacement.
 * <p>
 * The statistic receives row indices, never a copy of the data, so a resample costs one
 * {@code int[n]}; for example
 * {@code rows -> LinearRegression.fit(x, y, rows).standardizedCoefficients()}. A
 * statistic that cannot be computed on a resample (a predictor that happens to be
 * constant in it) signals so by throwing an {@link IllegalArgumentException} or by
 * returning a non-finite value; that resample is discarded and counted in
 * {@link Result#discarded()}, and the percentiles rest on the others.
 * <p>
 * Percentiles interpolate linearly between order statistics
 * ({@link #percentile(double[], double)}, Hyndman and Fan's type 7, the default of R and
 * of spreadsheets).
 * <p>
 * For streamed rows, {@link MomentBlocks#bootstrap} resamples blocks of rows through this
 * class instead.
 */
public final class Bootstrap {

	/** The lower percentile of the 95% interval. */
	public static final double LOWER = 0.025;

	/** The upper percentile of the 95% interval. */
	public static final double UPPER = 0.975;

	private Bootstrap() {
	}

	/**
	 * Bootstraps statistics of {@code n} rows.
	 * @param n the number of rows of the data
	 * @param resamples the number of resamples, B; 1,000 or more for a 95% interval
	 * @param seed the seed of the resampling; the same seed gives the same result
	 * @param statistic computes the statistics from row indices; it must return the same
	 * number of finite values for every resample it can compute
	 * @return the point estimates on all rows with their 95% percentile intervals
	 * @throws IllegalArgumentException if {@code n} or {@code resamples} is below 1, if
	 * the statistic cannot be computed on all rows, or if it cannot be computed on any
	 * resample
	 */
	public static Result percentileIntervals(int n, int resamples, long seed, Statistic statistic) {
		if (n < 1 || resamples < 1 || statistic == null) {
			throw new IllegalArgumentException(
					"The bootstrap needs at least one row, one resample and a statistic; got n = " + n + " and "
							+ resamples + " resamples");
		}
		int[] all = new int[n];
		Arrays.setAll(all, i -> i);
		double[] point = statistic.compute(all);
		if (point == null || !allFinite(point)) {
			throw new IllegalArgumentException("The statistic is not finite on all rows: " + Arrays.toString(point));
		}
		double[][] replicates = new double[point.length][resamples];
		SplittableRandom random = new SplittableRandom(seed);
		int kept = 0;
		for (int b = 0; b < resamples; b++) {
			int[] rows = new int[n];
			for (int i = 0; i < n; i++) {
				rows[i] = random.nextInt(n);
			}
			double[] values = computeOrNull(statistic, rows);
			if (values == null) {
				continue;
			}
			if (values.length != point.length) {
				throw new IllegalArgumentException("The statistic returned " + values.length + " values on a resample"
						+ " but " + point.length + " on all rows");
			}
			for (int j = 0; j < values.length; j++) {
				replicates[j][kept] = values[j];
			}
			kept++;
		}
		if (kept == 0) {
			throw new IllegalArgumentException("The statistic could not be computed on any of " + resamples
					+ " resamples; there are too few rows or too little variation");
		}
		List<Estimate> estimates = new ArrayList<>(point.length);
		for (int j = 0; j < point.length; j++) {
			double[] sorted = Arrays.copyOf(replicates[j], kept);
			Arrays.sort(sorted);
			estimates.add(new Estimate(point[j], interpolate(sorted, LOWER), interpolate(sorted, UPPER)));
		}
		return new Result(List.copyOf(estimates), kept, resamples - kept);
	}

	/**
	 * The percentile of some values, interpolating linearly between order statistics:
	 * with the values sorted as {@code x[0] ≤ … ≤ x[m-1]} and
	 * {@code h = (m - 1)·probability}, it is
	 * {@code x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋ + 1] - x[⌊h⌋])}.
	 * @param values the values, in any order; not changed
	 * @param probability the probability, from 0 to 1 (0.025 for the 2.5% percentile)
	 * @return the percentile
	 * @throws IllegalArgumentException if there are no values, a value is not finite or
	 * the probability is outside 0 … 1
	 */
	public static double percentile(double[] values, double probability) {
		if (values == null || values.length == 0 || !allFinite(values)) {
			throw new IllegalArgumentException("A percentile needs at least one value, all finite");
		}
		if (!(probability >= 0 && probability <= 1)) {
			throw new IllegalArgumentException("The probability must lie in 0 … 1, not " + probability);
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return interpolate(sorted, probability);
	}

	private static double interpolate(double[] sorted, double probability) {
		double h = (sorted.length - 1) * probability;
		int below = (int) Math.floor(h);
		if (below >= sorted.length - 1) {
			return sorted[sorted.length - 1];
		}
		return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
	}

	private static double[] computeOrNull(Statistic statistic, int[] rows) {
		try {
			double[] values = statistic.compute(rows);
			return (values != null && allFinite(values)) ? values : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean allFinite(double[] values) {
		for (double value : values) {
			if (!Double.isFinite(value)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Statistics computed from a selection of rows.
	 */
	@FunctionalInterface
	public interface Statistic {

		/**
		 * Computes the statistics from the given rows.
		 * @param rows the indices of the rows, in 0 … n-1, possibly repeated; owned by
		 * the caller after the call
		 * @return the statistics, always the same number of them
		 * @throws IllegalArgumentException if the statistics cannot be computed on these
		 * rows
		 */
		double[] compute(int[] rows);

	}

	/**
	 * One statistic with its bootstrap 95% percentile interval.
	 *
	 * @param value the statistic on all rows
	 * @param low the 2.5% percentile of the resampled statistic
	 * @param high the 97.5% percentile of the resampled statistic
	 */
	public record Estimate(double value, double low, double high) {

		/**
		 * Whether a value lies within the interval, bounds included.
		 * @param candidate the value to check
		 * @return {@code true} when {@code low ≤ candidate ≤ high}
		 */
		public boolean contains(double candidate) {
			return this.low <= candidate && candidate <= this.high;
		}

		/**
		 * The width of the interval.
		 * @return {@code high - low}
		 */
		public double width() {
			return this.high - this.low;
		}

	}

	/**
	 * The bootstrapped statistics.
	 *
	 * @param estimates one estimate per statistic, in the order the statistic returns
	 * them
	 * @param resamples the number of resamples the intervals rest on
	 * @param discarded the number of resamples on which the statistic could not be
	 * computed
	 */
	public record Result(List<Estimate> estimates, int resamples, int discarded) {

		/**
		 * The estimate of one statistic.
		 * @param index the statistic's position
		 * @return its estimate
		 */
		public Estimate estimate(int index) {
			return this.estimates.get(index);
		}

	}

}
