package io.peakxm.metrics.statistics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Point estimates with 95% confidence intervals for the experience metrics, computed from
 * counts and sums.
 * <ul>
 * <li>{@link #nps(long, long, long) NPS}: the plain score {@code 100 * (P - D) / n} with
 * the adjusted-Wald interval of Rocks (2016).</li>
 * <li>{@link #share(long, long) Shares} (CSAT top-2-box, CES "easy", choice options): a
 * percentage with the Wilson score interval.</li>
 * <li>{@link #mean(long, double, double) Means}: the sample mean with Student's t
 * interval; on a bounded scale {@link #mean(long, double, double, double, double) cut at
 * the scale's ends}.</li>
 * </ul>
 * With no observations the value and the interval are {@code NaN}; a mean of a single
 * observation has a value but no interval. Impossible inputs (negative counts, more hits
 * than observations, non-finite sums) are rejected with an
 * {@link IllegalArgumentException}.
 */
public final class Estimates {

	/**
	 * The two-sided 95% quantile of the standard normal distribution, {@code Φ⁻¹(0.975)},
	 * the "1.96" of the textbooks.
	 */
	public static final double Z_95 = 1.959963984540054;

	/**
	 * Below this many observations an estimate is flagged as {@link Estimate#small()
	 * small}.
	 */
	public static final long SMALL_SAMPLE = 30;

	private Estimates() {
	}

	/**
	 * Estimates the Net Promoter Score from the counts of promoters (9–10), passives
	 * (7–8) and detractors (0–6).
	 * <p>
	 * The value is the plain NPS, {@code 100 * (P - D) / n}, between -100 and 100. The
	 * 95% interval is the adjusted Wald interval (Rocks 2016): with {@code n' = n + 3},
	 * {@code p' = (P + 3/4) / n'} and {@code d' = (D + 3/4) / n'}, it is
	 * {@code 100 * (p' - d' ± z * sqrt((p' + d' - (p' - d')²) / n'))}, clamped to [-100,
	 * 100]. Note that the interval is centred on the adjusted score, not on the value.
	 * @param promoters the number of ratings of 9 or 10
	 * @param passives the number of ratings of 7 or 8
	 * @param detractors the number of ratings from 0 to 6
	 * @return the estimate in NPS points; value and interval are {@code NaN} when there
	 * are no ratings
	 * @throws IllegalArgumentException if a count is negative
	 */
	public static Estimate nps(long promoters, long passives, long detractors) {
		requireCount(promoters, "promoters");
		requireCount(passives, "passives");
		requireCount(detractors, "detractors");
		long n = Math.addExact(Math.addExact(promoters, passives), detractors);
		if (n == 0) {
			return Estimate.empty();
		}
		double value = 100.0 * (promoters - detractors) / n;
		double adjustedN = n + 3.0;
		double p = (promoters + 0.75) / adjustedN;
		double d = (detractors + 0.75) / adjustedN;
		double score = p - d;
		double se = Math.sqrt(Math.max(0.0, p + d - score * score) / adjustedN);
		double low = Math.max(-100.0, 100.0 * (score - Z_95 * se));
		double high = Math.min(100.0, 100.0 * (score + Z_95 * se));
		return new Estimate(value, new Interval(low, high), n);
	}

	/**
	 * Estimates the Net Promoter Score from a histogram of 0–10 ratings.
	 * @param counts eleven counts, {@code counts[r]} being the number of ratings
	 * {@code r}
	 * @return the estimate as {@link #nps(long, long, long)} computes it
	 * @throws IllegalArgumentException if there are not exactly eleven counts or a count
	 * is negative
	 */
	public static Estimate npsFromHistogram(long[] counts) {
		if (counts == null || counts.length != 11) {
			throw new IllegalArgumentException("An NPS histogram needs exactly 11 counts, for ratings 0 to 10");
		}
		return nps(sum(counts, NpsGroup.PROMOTER), sum(counts, NpsGroup.PASSIVE), sum(counts, NpsGroup.DETRACTOR));
	}

	private static long sum(long[] counts, NpsGroup group) {
		long sum = 0;
		for (int rating = group.lowest(); rating <= group.highest(); rating++) {
			sum = Math.addExact(sum, requireCount(counts[rating], "ratings of " + rating));
		}
		return sum;
	}

	/**
	 * Estimates a share, such as the CSAT top-2-box, the CES "easy" share or the share of
	 * a choice option.
	 * <p>
	 * The value is the percentage {@code 100 * hits / n}; the 95% interval is the Wilson
	 * score interval, also in percent. It stays within [0, 100] and is meaningful even at
	 * 0 or n hits.
	 * @param hits the number of observations that count, between 0 and {@code n}
	 * @param n the number of observations
	 * @return the estimate in percent; value and interval are {@code NaN} when
	 * {@code n == 0}
	 * @throws IllegalArgumentException if a count is negative or {@code hits > n}
	 */
	public static Estimate share(long hits, long n) {
		requireCount(hits, "hits");
		requireCount(n, "n");
		if (hits > n) {
			throw new IllegalArgumentException("hits (" + hits + ") must not exceed n (" + n + ")");
		}
		if (n == 0) {
			return Estimate.empty();
		}
		double p = (double) hits / n;
		double z2 = Z_95 * Z_95;
		double denominator = 1.0 + z2 / n;
		double centre = (p + z2 / (2.0 * n)) / denominator;
		double halfWidth = Z_95 / denominator * Math.sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
		double low = (hits == 0) ? 0.0 : Math.max(0.0, centre - halfWidth);
		double high = (hits == n) ? 1.0 : Math.min(1.0, centre + halfWidth);
		return new Estimate(100.0 * p, new Interval(100.0 * low, 100.0 * high), n);
	}

	/**
	 * Estimates a mean from the number of observations, their sum and their sum of
	 * squares.
	 * <p>
	 * The 95% interval is {@code mean ± t(n-1) * s / sqrt(n)}, {@code s} being the sample
	 * standard deviation (divisor {@code n - 1}) and {@code t(n-1)} the 97.5% quantile of
	 * Student's t distribution. The variance is derived from the sums, so a value that is
	 * negative or indistinguishable from zero through rounding is taken as zero.
	 * @param n the number of observations
	 * @param sum the sum of the observations
	 * @param sumOfSquares the sum of the squared observations
	 * @return the estimate in the observations' units; value and interval are {@code NaN}
	 * when {@code n == 0}, and the interval alone when {@code n == 1}
	 * @throws IllegalArgumentException if {@code n} or {@code sumOfSquares} is negative
	 * or a sum is not finite
	 */
	public static Estimate mean(long n, double sum, double sumOfSquares) {
		requireSums(n, sum, sumOfSquares);
		if (n == 0) {
			return Estimate.empty();
		}
		double mean = sum / n;
		if (n == 1) {
			return new Estimate(mean, Interval.UNDEFINED, n);
		}
		double halfWidth = tQuantile975(n - 1) * Math.sqrt(sampleVariance(n, sum, sumOfSquares) / n);
		return new Estimate(mean, new Interval(mean - halfWidth, mean + halfWidth), n);
	}

	/**
	 * Estimates the mean of answers on a bounded scale (CSAT 1–5, CES 1–7, ratings),
	 * whose interval must not leave the scale.
	 * <p>
	 * The interval is the t interval of {@link #mean(long, double, double)} cut at the
	 * scale's ends. The true mean of answers on a scale lies on the scale, so cutting
	 * there loses no coverage: the cut interval contains the true mean exactly when the t
	 * interval does, and it never shows a mean the scale cannot have (five answers 1, 2,
	 * 4, 5, 5 on 1–5 have the t interval 1.14 – 5.66; here 1.14 – 5).
	 * @param n the number of observations
	 * @param sum the sum of the observations
	 * @param sumOfSquares the sum of the squared observations
	 * @param lowest the lowest answer the scale allows
	 * @param highest the highest answer the scale allows
	 * @return the estimate as {@link #mean(long, double, double)} gives it, its interval
	 * within {@code [lowest, highest]}
	 * @throws IllegalArgumentException if the sums are impossible, the bounds are not
	 * finite or not ordered, or the mean lies off the scale (answers outside it)
	 */
	public static Estimate mean(long n, double sum, double sumOfSquares, double lowest, double highest) {
		if (!Double.isFinite(lowest) || !Double.isFinite(highest) || lowest > highest) {
			throw new IllegalArgumentException(
					"A scale needs finite bounds in order, was " + lowest + " to " + highest);
		}
		Estimate unbounded = mean(n, sum, sumOfSquares);
		if (unbounded.value() < lowest || unbounded.value() > highest) {
			throw new IllegalArgumentException(
					"The mean " + unbounded.value() + " lies off the scale " + lowest + " to " + highest);
		}
		Interval t = unbounded.interval();
		if (!t.isDefined()) {
			return unbounded;
		}
		return new Estimate(unbounded.value(), new Interval(Math.max(lowest, t.low()), Math.min(highest, t.high())), n);
	}

	/**
	 * The sample variance (divisor {@code n - 1}) from sums, for {@code n >= 2}. The
	 * centred sum of squares {@code Σx² - (Σx)² / n} suffers cancellation; a result below
	 * the rounding noise of the inputs, roughly {@code n} units in the last place of
	 * {@code Σx²}, or a negative one, is taken as exactly zero.
	 */
	static double sampleVariance(long n, double sum, double sumOfSquares) {
		double centred = sumOfSquares - sum * (sum / n);
		double noise = 4.0 * n * Math.ulp(sumOfSquares);
		return (centred <= noise) ? 0.0 : centred / (n - 1);
	}

	static void requireSums(long n, double sum, double sumOfSquares) {
		requireCount(n, "n");
		if (!Double.isFinite(sum) || !Double.isFinite(sumOfSquares)) {
			throw new IllegalArgumentException("Sums must be finite");
		}
		if (sumOfSquares < 0) {
			throw new IllegalArgumentException("The sum of squares must not be negative");
		}
	}

	static long requireCount(long count, String name) {
		if (count < 0) {
			throw new IllegalArgumentException(name + " must not be negative, was " + count);
		}
		return count;
	}

	private static double tQuantile975(long degreesOfFreedom) {
		// No random generator: only the distribution functions are used.
		return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
	}

	/**
	 * A point estimate with its 95% confidence interval.
	 *
	 * @param value the estimate in the metric's units (NPS points, percent, or the
	 * observations' units), or {@code NaN} when there are no observations
	 * @param interval the 95% confidence interval in the same units,
	 * {@link Interval#UNDEFINED} when it cannot be computed
	 * @param n the number of observations
	 */
	public record Estimate(double value, Interval interval, long n) {

		/**
		 * Checks that the interval is given and the count is not negative.
		 */
		public Estimate {
			if (interval == null) {
				throw new IllegalArgumentException("An interval is required; use Interval.UNDEFINED for none");
			}
			requireCount(n, "n");
		}

		static Estimate empty() {
			return new Estimate(Double.NaN, Interval.UNDEFINED, 0);
		}

		/**
		 * Whether this estimate rests on fewer than {@link Estimates#SMALL_SAMPLE}
		 * observations and should be shown with a caution.
		 * @return {@code true} when {@code n < 30}
		 */
		public boolean small() {
			return this.n < SMALL_SAMPLE;
		}

	}

}
