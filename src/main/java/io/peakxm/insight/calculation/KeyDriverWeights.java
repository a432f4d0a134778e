package io.peakxm.insight.calculation;

import java.util.List;

import io.peakxm.insight.calculation.Bootstrap.Estimate;

/**
 * The result of a {@link KeyDrivers} analysis: each driver's relative weight with its
 * bootstrap interval, its share of R², whether it beats a random-noise driver, and its
 * performance.
 *
 * @param drivers one entry per driver, in the order the drivers were given
 * @param rSquared the R² of the linear model on all drivers, the sum of the raw weights
 * @param used the number of complete responses analysed
 * @param skipped the number of responses skipped for a missing driver or outcome
 * @param resamples the number of bootstrap resamples the intervals rest on
 * @param discarded the number of resamples on which the weights could not be computed
 */
public record KeyDriverWeights(List<DriverWeight> drivers, double rSquared, long used, long skipped, int resamples,
		int discarded) {

	/**
	 * One driver's weight.
	 *
	 * @param driver the driver's position in the input, from 0
	 * @param weight the raw relative weight (its part of R²) with its bootstrap 95%
	 * interval
	 * @param share the weight as a percentage of R², with its bootstrap 95% interval; the
	 * shares sum to 100
	 * @param marginOverNoise the weight minus the noise driver's, both in the model that
	 * includes the noise driver, with its bootstrap 95% interval
	 * @param aboveNoise whether that interval lies above 0, so the driver matters more
	 * than chance
	 * @param performance the mean of the driver's ratings, on their own scale
	 */
	public record DriverWeight(int driver, Estimate weight, Estimate share, Estimate marginOverNoise,
			boolean aboveNoise, double performance) {
	}

}
