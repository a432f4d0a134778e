package io.peakxm.insight.calculation;

/**
 * Options of a {@link PeakEnd} analysis.
 *
 * @param endTouchpoint the index of the journey's designated end moment, or
 * {@link PeakEnd#NO_END_TOUCHPOINT}
 * @param includesDuration whether the peak-end model includes each instance's duration
 * @param folds the number of cross-validation folds, at least 2
 * @param resamples the number of bootstrap resamples, at least 1
 * @param seed the seed of the folds and the resamples
 */
public record PeakEndOptions(int endTouchpoint, boolean includesDuration, int folds, int resamples, long seed) {

	/**
	 * Checks the counts.
	 */
	public PeakEndOptions {
		if (endTouchpoint < PeakEnd.NO_END_TOUCHPOINT) {
			throw new IllegalArgumentException("The end touchpoint is an index or NO_END_TOUCHPOINT");
		}
		if (folds < 2 || resamples < 1) {
			throw new IllegalArgumentException("At least 2 folds and 1 resample are needed");
		}
	}

	/**
	 * No designated end, no durations, 10 folds, 1,000 resamples, seed 1.
	 * @return the default options
	 */
	public static PeakEndOptions defaults() {
		return new PeakEndOptions(PeakEnd.NO_END_TOUCHPOINT, false, 10, 1000, 1L);
	}

	/**
	 * These options with a designated end moment.
	 * @param touchpoint the index of the end moment in journey order
	 * @return new options
	 */
	public PeakEndOptions withEndTouchpoint(int touchpoint) {
		return new PeakEndOptions(touchpoint, this.includesDuration, this.folds, this.resamples, this.seed);
	}

	/**
	 * These options with the instance's duration in the peak-end model.
	 * @return new options
	 */
	public PeakEndOptions withDuration() {
		return new PeakEndOptions(this.endTouchpoint, true, this.folds, this.resamples, this.seed);
	}

	/**
	 * These options with another number of folds.
	 * @param folds the number of cross-validation folds
	 * @return new options
	 */
	public PeakEndOptions withFolds(int folds) {
		return new PeakEndOptions(this.endTouchpoint, this.includesDuration, folds, this.resamples, this.seed);
	}

	/**
	 * These options with another number of bootstrap resamples.
	 * @param resamples the number of resamples
	 * @return new options
	 */
	public PeakEndOptions withResamples(int resamples) {
		return new PeakEndOptions(this.endTouchpoint, this.includesDuration, this.folds, resamples, this.seed);
	}

	/**
	 * These options with another seed.
	 * @param seed the seed of folds and resamples
	 * @return new options
	 */
	public PeakEndOptions withSeed(long seed) {
		return new PeakEndOptions(this.endTouchpoint, this.includesDuration, this.folds, this.resamples, seed);
	}

}
