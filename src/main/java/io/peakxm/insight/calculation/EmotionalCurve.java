package io.peakxm.insight.calculation;

import java.util.ArrayList;
import java.util.List;

/**
 * The emotional curve of a journey (docs/design.md, analyses): per touchpoint in journey
 * order, the count, mean and quartiles of its ratings rescaled to −1 … +1, and how often
 * it was an instance's peak, its trough and its end.
 * <p>
 * Instances are streamed in with {@link #add(double[])}. Ratings must lie on an integer
 * scale (1–5, 0–10, up to {@link #MAXIMUM_SCALE_POINTS} points), because the curve keeps
 * a count per touchpoint and rating value instead of the ratings themselves: memory is
 * {@code touchpoints × scale points} counters, whatever the number of instances, and the
 * quartiles computed from the counts equal those of the full list. A rating of
 * {@code NaN} is missing; callers map a rating that means not applicable (the airline
 * data uses {@code 0}) to {@code NaN} first.
 * <p>
 * Peak and trough: only instances with at least {@link PeakEnd#MINIMUM_ANSWERED} answered
 * touchpoints are ranked. Every touchpoint tied for the highest rating counts as a peak,
 * every one tied for the lowest as a trough, so the peak shares of a journey can add up
 * to more than one. A flat instance (all answered ratings equal) is ranked but has
 * neither peak nor trough. The end of a ranked instance is the designated end touchpoint
 * when it is answered, else the last answered one ({@link PeakEndFeatures#endOf}).
 * <p>
 * Shares: {@link #peakShare}, {@link #troughShare} and {@link #endShare} divide by
 * <em>every</em> ranked instance ({@link #rankedInstances()}), so they say how often a
 * touchpoint is the journey's peak, trough or end, and a touchpoint that few rate has a
 * small share. The counts per touchpoint, and the ranked instances in which it was
 * answered, are on its {@link Point}. Not thread-safe.
 */
public final class EmotionalCurve {

	/** The most rating values a scale may have, 101 for a 0–100 slider. */
	public static final int MAXIMUM_SCALE_POINTS = 101;

	private final RatingScale scale;

	private final int lowest;

	private final long[][] counts;

	private final long[] peaks;

	private final long[] troughs;

	private final long[] ends;

	private final long[] ranked;

	private final int endTouchpoint;

	private long instances;

	private long rankedInstances;

	/**
	 * Creates an empty curve of a journey without a designated end moment.
	 * @param touchpoints the number of touchpoints of the journey
	 * @param scale the integer scale of the ratings
	 * @throws IllegalArgumentException if there are no touchpoints or the scale is not a
	 * small integer scale
	 */
	public EmotionalCurve(int touchpoints, RatingScale scale) {
		this(touchpoints, scale, PeakEnd.NO_END_TOUCHPOINT);
	}

	/**
	 * Creates an empty curve.
	 * @param touchpoints the number of touchpoints of the journey
	 * @param scale the integer scale of the ratings
	 * @param endTouchpoint the index of the designated end moment, or
	 * {@link PeakEnd#NO_END_TOUCHPOINT}
	 * @throws IllegalArgumentException if there are no touchpoints or the scale is not a
	 * small integer scale
	 */
	public EmotionalCurve(int touchpoints, RatingScale scale, int endTouchpoint) {
		if (touchpoints < 1) {
			throw new IllegalArgumentException("A journey needs at least one touchpoint");
		}
		if (!scale.isInteger() || scale.max() - scale.min() + 1 > MAXIMUM_SCALE_POINTS) {
			throw new IllegalArgumentException("The emotional curve needs an integer scale of at most "
					+ MAXIMUM_SCALE_POINTS + " points, was " + scale.min() + "–" + scale.max());
		}
		this.scale = scale;
		this.lowest = (int) scale.min();
		this.counts = new long[touchpoints][(int) (scale.max() - scale.min()) + 1];
		this.peaks = new long[touchpoints];
		this.troughs = new long[touchpoints];
		this.ends = new long[touchpoints];
		this.ranked = new long[touchpoints];
		this.endTouchpoint = endTouchpoint;
	}

	/**
	 * Adds one instance.
	 * @param ratingsInJourneyOrder one raw rating per touchpoint, {@code NaN} for missing
	 * @throws IllegalArgumentException if the number of ratings differs from the
	 * touchpoints, or a rating is not a whole number within the scale
	 */
	public void add(double[] ratingsInJourneyOrder) {
		if (ratingsInJourneyOrder.length != this.counts.length) {
			throw new IllegalArgumentException(
					"Expected " + this.counts.length + " ratings, got " + ratingsInJourneyOrder.length);
		}
		double highest = Double.NEGATIVE_INFINITY;
		double lowestRating = Double.POSITIVE_INFINITY;
		int answered = 0;
		for (double rating : ratingsInJourneyOrder) {
			if (!Double.isNaN(rating)) {
				requireOnScale(rating);
				highest = Math.max(highest, rating);
				lowestRating = Math.min(lowestRating, rating);
				answered++;
			}
		}
		this.instances++;
		boolean isRanked = answered >= PeakEnd.MINIMUM_ANSWERED;
		boolean flat = highest == lowestRating;
		if (isRanked) {
			this.rankedInstances++;
			this.ends[PeakEndFeatures.endOf(ratingsInJourneyOrder, this.endTouchpoint)]++;
		}
		for (int touchpoint = 0; touchpoint < ratingsInJourneyOrder.length; touchpoint++) {
			double rating = ratingsInJourneyOrder[touchpoint];
			if (Double.isNaN(rating)) {
				continue;
			}
			this.counts[touchpoint][(int) rating - this.lowest]++;
			if (isRanked) {
				this.ranked[touchpoint]++;
				if (!flat && rating == highest) {
					this.peaks[touchpoint]++;
				}
				if (!flat && rating == lowestRating) {
					this.troughs[touchpoint]++;
				}
			}
		}
	}

	private void requireOnScale(double rating) {
		if (rating != Math.rint(rating) || rating < this.scale.min() || rating > this.scale.max()) {
			throw new IllegalArgumentException("Rating " + rating + " is not a whole number within " + this.scale.min()
					+ "–" + this.scale.max() + "; map 'not applicable' to NaN first");
		}
	}

	/**
	 * The number of instances added.
	 * @return every instance, including those too sparse to rank
	 */
	public long instances() {
		return this.instances;
	}

	/**
	 * The number of ranked instances: those with at least
	 * {@link PeakEnd#MINIMUM_ANSWERED} answered touchpoints.
	 * @return the denominator of every share
	 */
	public long rankedInstances() {
		return this.rankedInstances;
	}

	/**
	 * How often a touchpoint was (or tied for) the highest rating of a journey.
	 * @param touchpoint the index in journey order
	 * @return its peak count over all ranked instances, {@code NaN} when none was ranked
	 */
	public double peakShare(int touchpoint) {
		return share(this.peaks[touchpoint]);
	}

	/**
	 * How often a touchpoint was (or tied for) the lowest rating of a journey.
	 * @param touchpoint the index in journey order
	 * @return its trough count over all ranked instances, {@code NaN} when none was
	 * ranked
	 */
	public double troughShare(int touchpoint) {
		return share(this.troughs[touchpoint]);
	}

	/**
	 * How often a touchpoint was the end of a journey.
	 * @param touchpoint the index in journey order
	 * @return its end count over all ranked instances, {@code NaN} when none was ranked
	 */
	public double endShare(int touchpoint) {
		return share(this.ends[touchpoint]);
	}

	/** The one share behind the three: a count of ranked instances over all of them. */
	private double share(long count) {
		return this.rankedInstances == 0 ? Double.NaN : (double) count / this.rankedInstances;
	}

	/**
	 * The curve, one point per touchpoint in journey order.
	 * @return the points
	 */
	public List<Point> points() {
		List<Point> points = new ArrayList<>(this.counts.length);
		for (int touchpoint = 0; touchpoint < this.counts.length; touchpoint++) {
			points.add(point(touchpoint));
		}
		return List.copyOf(points);
	}

	/**
	 * The point of one touchpoint.
	 * @param touchpoint the index in journey order
	 * @return its count, mean, quartiles and peak and trough counts
	 */
	public Point point(int touchpoint) {
		long[] histogram = this.counts[touchpoint];
		long n = 0;
		double sum = 0;
		for (int value = 0; value < histogram.length; value++) {
			n += histogram[value];
			sum += histogram[value] * this.scale.rescale(this.lowest + value);
		}
		return new Point(touchpoint, n, (n == 0) ? Double.NaN : sum / n, quantile(histogram, n, 0.25),
				quantile(histogram, n, 0.5), quantile(histogram, n, 0.75), this.peaks[touchpoint],
				this.troughs[touchpoint], this.ranked[touchpoint]);
	}

	/**
	 * The quantile by linear interpolation between order statistics (Hyndman–Fan type 7,
	 * as R, NumPy and Excel's QUARTILE.INC), rescaled; rescaling is linear, so it
	 * commutes with the interpolation.
	 */
	private double quantile(long[] histogram, long n, double p) {
		if (n == 0) {
			return Double.NaN;
		}
		double position = (n - 1) * p;
		long below = (long) Math.floor(position);
		double low = orderStatistic(histogram, below);
		double high = orderStatistic(histogram, Math.min(below + 1, n - 1));
		return this.scale.rescale(low + (position - below) * (high - low));
	}

	/** The rating at zero-based rank {@code rank} of the sorted ratings. */
	private double orderStatistic(long[] histogram, long rank) {
		long seen = 0;
		for (int value = 0; value < histogram.length; value++) {
			seen += histogram[value];
			if (seen > rank) {
				return this.lowest + value;
			}
		}
		throw new IllegalArgumentException("Rank " + rank + " beyond " + seen + " ratings");
	}

	/**
	 * One touchpoint on the curve; ratings rescaled to −1 … +1, {@code NaN} when it has
	 * no ratings.
	 *
	 * @param touchpoint the index in journey order
	 * @param count the number of ratings
	 * @param mean the mean rating
	 * @param lowerQuartile the 25% quantile
	 * @param median the 50% quantile
	 * @param upperQuartile the 75% quantile
	 * @param peakCount the ranked instances in which it was (or tied for) the highest
	 * rating
	 * @param troughCount the ranked instances in which it was (or tied for) the lowest
	 * rating
	 * @param rankedInstances the instances with enough answered touchpoints in which it
	 * was answered
	 */
	public record Point(int touchpoint, long count, double mean, double lowerQuartile, double median,
			double upperQuartile, long peakCount, long troughCount, long rankedInstances) {
	}

}
