package io.peakxm.metrics.statistics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Two-sided tests of whether a metric changed between two groups, such as two periods or
 * two segments. Group 1 is the baseline, so a positive difference means group 2 scored
 * higher.
 * <ul>
 * <li>{@link #nps(long, long, long, long, long, long) NPS}: a z-test on the difference of
 * the scores, each side's variance being {@code (p + d - (p - d)²) / n} with {@code p}
 * and {@code d} the promoter and detractor proportions.</li>
 * <li>{@link #shares(long, long, long, long) Shares}: the two-proportion z-test with the
 * pooled proportion.</li>
 * <li>{@link #means(long, double, double, long, double, double) Means}: Welch's t test
 * with Welch–Satterthwaite degrees of freedom.</li>
 * </ul>
 * A change is {@link Change#significant() significant} when its p-value is below
 * {@link #ALPHA}. When a group has too few observations (none, or fewer than two for
 * means), or neither group varies, the change is not testable: its statistic and p-value
 * are {@code NaN} and it is not significant. Impossible inputs are rejected with an
 * {@link IllegalArgumentException}, as in {@link Estimates}.
 */
public final class SignificanceTests {

	/**
	 * The significance level: a change is significant when its two-sided p-value is below
	 * 0.05.
	 */
	public static final double ALPHA = 0.05;

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

	private SignificanceTests() {
	}

	/**
	 * Tests the change of the Net Promoter Score from group 1 to group 2.
	 * @param promoters1 the promoters (9–10) of group 1
	 * @param passives1 the passives (7–8) of group 1
	 * @param detractors1 the detractors (0–6) of group 1
	 * @param promoters2 the promoters of group 2
	 * @param passives2 the passives of group 2
	 * @param detractors2 the detractors of group 2
	 * @return the change, its difference being {@code NPS2 - NPS1} in NPS points (the
	 * plain scores, as {@link Estimates#nps(long, long, long)} gives them) and its
	 * statistic the z score
	 * @throws IllegalArgumentException if a count is negative
	 */
	public static Change nps(long promoters1, long passives1, long detractors1, long promoters2, long passives2,
			long detractors2) {
		Nps group1 = Nps.of(promoters1, passives1, detractors1);
		Nps group2 = Nps.of(promoters2, passives2, detractors2);
		if (group1.n() == 0 || group2.n() == 0) {
			return Change.notTestable(Double.NaN);
		}
		double difference = group2.score() - group1.score();
		return zTest(100.0 * difference, difference, Math.sqrt(group1.variance() + group2.variance()));
	}

	/**
	 * Tests the change of a share from group 1 to group 2 with the pooled two-proportion
	 * z-test.
	 * @param hits1 the observations of group 1 that count
	 * @param n1 the observations of group 1
	 * @param hits2 the observations of group 2 that count
	 * @param n2 the observations of group 2
	 * @return the change, its difference being {@code share2 - share1} in percentage
	 * points (as {@link Estimates#share(long, long)} gives the shares in percent) and its
	 * statistic the z score
	 * @throws IllegalArgumentException if a count is negative or hits exceed their
	 * group's observations
	 */
	public static Change shares(long hits1, long n1, long hits2, long n2) {
		requireShare(hits1, n1);
		requireShare(hits2, n2);
		if (n1 == 0 || n2 == 0) {
			return Change.notTestable(Double.NaN);
		}
		double difference = (double) hits2 / n2 - (double) hits1 / n1;
		double pooled = (double) (hits1 + hits2) / (n1 + n2);
		double standardError = Math.sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2));
		return zTest(100.0 * difference, difference, standardError);
	}

	/**
	 * Tests the change of a mean from group 1 to group 2 with Welch's t test, each group
	 * given by its number of observations, their sum and their sum of squares.
	 * @param n1 the observations of group 1
	 * @param sum1 their sum
	 * @param sumOfSquares1 the sum of their squares
	 * @param n2 the observations of group 2
	 * @param sum2 their sum
	 * @param sumOfSquares2 the sum of their squares
	 * @return the change, its difference being {@code mean2 - mean1} in the observations'
	 * units (or {@code NaN} when a group is empty) and its statistic the t score
	 * @throws IllegalArgumentException if a count or a sum of squares is negative or a
	 * sum is not finite
	 */
	public static Change means(long n1, double sum1, double sumOfSquares1, long n2, double sum2, double sumOfSquares2) {
		Estimates.requireSums(n1, sum1, sumOfSquares1);
		Estimates.requireSums(n2, sum2, sumOfSquares2);
		if (n1 == 0 || n2 == 0) {
			return Change.notTestable(Double.NaN);
		}
		double difference = sum2 / n2 - sum1 / n1;
		if (n1 < 2 || n2 < 2) {
			return Change.notTestable(difference);
		}
		double v1 = Estimates.sampleVariance(n1, sum1, sumOfSquares1) / n1;
		double v2 = Estimates.sampleVariance(n2, sum2, sumOfSquares2) / n2;
		double variance = v1 + v2;
		if (variance == 0) {
			return Change.notTestable(difference);
		}
		double t = difference / Math.sqrt(variance);
		double degreesOfFreedom = variance * variance / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
		TDistribution distribution = new TDistribution(null, degreesOfFreedom);
		return Change.of(difference, t, twoSided(distribution.cumulativeProbability(-Math.abs(t))));
	}

	private static Change zTest(double difference, double rawDifference, double standardError) {
		if (!(standardError > 0)) {
			return Change.notTestable(difference);
		}
		double z = rawDifference / standardError;
		return Change.of(difference, z, twoSided(STANDARD_NORMAL.cumulativeProbability(-Math.abs(z))));
	}

	private static double twoSided(double lowerTail) {
		return Math.min(1.0, 2.0 * lowerTail);
	}

	private static void requireShare(long hits, long n) {
		Estimates.requireCount(hits, "hits");
		Estimates.requireCount(n, "n");
		if (hits > n) {
			throw new IllegalArgumentException("hits (" + hits + ") must not exceed n (" + n + ")");
		}
	}

	/**
	 * The outcome of a significance test.
	 *
	 * @param difference group 2 minus group 1, in the units of the matching
	 * {@link Estimates} method (NPS points, percentage points, or the observations'
	 * units); {@code NaN} when a group is empty
	 * @param statistic the test statistic (z or t), positive when group 2 is higher;
	 * {@code NaN} when not testable
	 * @param pValue the two-sided p-value; {@code NaN} when not testable
	 * @param significant whether {@code pValue < }{@link SignificanceTests#ALPHA}
	 */
	public record Change(double difference, double statistic, double pValue, boolean significant) {

		static Change of(double difference, double statistic, double pValue) {
			return new Change(difference, statistic, pValue, pValue < ALPHA);
		}

		static Change notTestable(double difference) {
			return new Change(difference, Double.NaN, Double.NaN, false);
		}

		/**
		 * Whether the test could be carried out: both groups had enough observations and
		 * at least one varied.
		 * @return {@code true} when there is a p-value
		 */
		public boolean testable() {
			return !Double.isNaN(this.pValue);
		}

	}

	/** NPS counts of one group, as proportions. */
	private record Nps(long n, double promoters, double detractors) {

		static Nps of(long promoters, long passives, long detractors) {
			Estimates.requireCount(promoters, "promoters");
			Estimates.requireCount(passives, "passives");
			Estimates.requireCount(detractors, "detractors");
			long n = Math.addExact(Math.addExact(promoters, passives), detractors);
			return (n == 0) ? new Nps(0, Double.NaN, Double.NaN)
					: new Nps(n, (double) promoters / n, (double) detractors / n);
		}

		double score() {
			return this.promoters - this.detractors;
		}

		double variance() {
			double score = score();
			return Math.max(0.0, this.promoters + this.detractors - score * score) / this.n;
		}

	}

}
