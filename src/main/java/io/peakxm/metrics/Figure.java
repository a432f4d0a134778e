package io.peakxm.metrics;

import io.peakxm.metrics.statistics.Estimates.Estimate;
import io.peakxm.metrics.statistics.SignificanceTests;

/**
 * One number on a dashboard: what it measures, its estimate with 95 % interval and n, and its change against the
 * previous period and the same period a year before (null when not compared). {@code hidden} when n is below
 * the configured minimum: the value must not be shown.
 */
public record Figure(String question, String row, String label, Measure measure, Estimate estimate,
		SignificanceTests.Change vsPrevious, SignificanceTests.Change vsLastYear, boolean hidden) {

	/** How a figure is computed from its answers. */
	public enum Measure {
		/** Net Promoter Score, −100 … 100, adjusted-Wald interval. */
		NPS,
		/** Share in percent of answers in a range (top-2-box, "easy", an option), Wilson interval. */
		SHARE,
		/** Mean of the answers, t interval. */
		MEAN
	}

	public boolean small() {
		return estimate.n() < 30;
	}
}
