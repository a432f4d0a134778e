package io.peakxm.insight.calculation;

import java.util.Optional;

import io.peakxm.insight.calculation.PeakEndFit.Component;

/**
 * The peak-end features of one instance, all rescaled to −1 … +1.
 *
 * @param peak the highest rating
 * @param trough the lowest rating (the valley)
 * @param end the rating at the end (see {@link #of(double[], RatingScale, int)})
 * @param mean the mean of the answered ratings
 * @param count the number of answered touchpoints
 */
public record PeakEndFeatures(double peak, double trough, double end, double mean, int count) {

	/**
	 * Computes the peak-end features of one instance.
	 * <p>
	 * The end is the rating of the designated end touchpoint when that touchpoint is
	 * answered, otherwise the last answered rating ({@link #endOf}) — docs/design.md's
	 * {@code s_k} once skipped touchpoints are left out.
	 * @param ratings the raw ratings in journey order, {@code NaN} for missing
	 * @param scale the scale of the ratings
	 * @param endTouchpoint the index of the designated end moment, or
	 * {@link PeakEnd#NO_END_TOUCHPOINT}; an index beyond the ratings counts as unanswered
	 * @return the features, or empty when fewer than {@link PeakEnd#MINIMUM_ANSWERED}
	 * touchpoints are answered
	 * @throws IllegalArgumentException if a rating lies outside the scale
	 */
	public static Optional<PeakEndFeatures> of(double[] ratings, RatingScale scale, int endTouchpoint) {
		double peak = Double.NEGATIVE_INFINITY;
		double trough = Double.POSITIVE_INFINITY;
		double sum = 0;
		int count = 0;
		for (double rating : ratings) {
			if (Double.isNaN(rating)) {
				continue;
			}
			double value = scale.rescale(rating);
			peak = Math.max(peak, value);
			trough = Math.min(trough, value);
			sum += value;
			count++;
		}
		if (count < PeakEnd.MINIMUM_ANSWERED) {
			return Optional.empty();
		}
		double end = scale.rescale(ratings[endOf(ratings, endTouchpoint)]);
		return Optional.of(new PeakEndFeatures(peak, trough, end, sum / count, count));
	}

	/**
	 * Where an instance ends: the designated end touchpoint when it is answered,
	 * otherwise the last answered one. The peak-end features and the end shares of the
	 * {@link EmotionalCurve} both read the end here.
	 * @param ratings the raw ratings in journey order, {@code NaN} for missing, at least
	 * one answered
	 * @param endTouchpoint the index of the designated end moment, or
	 * {@link PeakEnd#NO_END_TOUCHPOINT}; an index beyond the ratings counts as unanswered
	 * @return the index of the end touchpoint
	 * @throws IllegalArgumentException if no rating is answered
	 */
	public static int endOf(double[] ratings, int endTouchpoint) {
		if (endTouchpoint >= 0 && endTouchpoint < ratings.length && !Double.isNaN(ratings[endTouchpoint])) {
			return endTouchpoint;
		}
		for (int i = ratings.length - 1; i >= 0; i--) {
			if (!Double.isNaN(ratings[i])) {
				return i;
			}
		}
		throw new IllegalArgumentException("An instance without answered ratings has no end");
	}

	/**
	 * Computes the peak-end features of one instance whose journey has no designated end
	 * moment.
	 * @param ratings the raw ratings in journey order, {@code NaN} for missing
	 * @param scale the scale of the ratings
	 * @return the features, or empty when fewer than {@link PeakEnd#MINIMUM_ANSWERED}
	 * touchpoints are answered
	 */
	public static Optional<PeakEndFeatures> of(double[] ratings, RatingScale scale) {
		return of(ratings, scale, PeakEnd.NO_END_TOUCHPOINT);
	}

	/**
	 * The peak-end score of Kahneman's rule.
	 * @return {@code (peak + end) / 2}
	 */
	public double peakEndScore() {
		return (this.peak + this.end) / 2.0;
	}

	double[] toRow(double duration) {
		double[] row = new double[Component.values().length];
		copyTo(row, duration);
		return row;
	}

	/**
	 * Writes the features and the duration into the first five places of a row, in
	 * {@link Component} order.
	 */
	void copyTo(double[] row, double duration) {
		row[Component.PEAK.ordinal()] = this.peak;
		row[Component.TROUGH.ordinal()] = this.trough;
		row[Component.END.ordinal()] = this.end;
		row[Component.MEAN.ordinal()] = this.mean;
		row[Component.DURATION.ordinal()] = duration;
	}

}
