package io.peakxm.metrics;

import io.peakxm.metrics.statistics.Estimates.Estimate;
import io.peakxm.metrics.statistics.SignificanceTests;
import io.peakxm.shared.LocalizedText;

/**
 * One number on a dashboard: what it measures and its name in both languages, which
 * direction of it is better, its estimate with 95 % interval and n, and its change
 * against the previous period and the same period a year before (null when not compared).
 * {@code hidden} when n is below the configured minimum: the value must not be shown.
 */
public record Figure(String question, String row, LocalizedText label, Measure measure, Better better,
		Estimate estimate, SignificanceTests.Change vsPrevious, SignificanceTests.Change vsLastYear, boolean hidden) {

	/** How a figure is computed from its answers. */
	public enum Measure {

		/** Net Promoter Score, −100 … 100, adjusted-Wald interval. */
		NPS,
		/**
		 * Share in percent of answers in a range (top-2-box, "easy", an option), Wilson
		 * interval.
		 */
		SHARE,
		/** Mean of the answers, t interval (cut at the ends of the answers' scale). */
		MEAN

	}

	/**
	 * Which direction of the figure is better: higher (every score scale), or unknown (a
	 * number question).
	 */
	public enum Better {

		HIGHER, UNKNOWN

	}

	/**
	 * What a change means to the reader: significantly better or worse, higher or lower
	 * (no known direction), or not significant.
	 */
	public enum Verdict {

		BETTER, WORSE, HIGHER, LOWER, NOT_SIGNIFICANT

	}

	public boolean small() {
		return estimate.n() < 30;
	}

	/**
	 * The verdict on a change of this figure (one of its own or a group's against the
	 * rest): only a significant change counts, and only as better or worse when the
	 * figure has a better direction.
	 */
	public Verdict verdict(SignificanceTests.Change change) {
		if (change == null || !change.significant() || Double.isNaN(change.difference()) || change.difference() == 0) {
			return Verdict.NOT_SIGNIFICANT;
		}
		boolean up = change.difference() > 0;
		if (better == Better.HIGHER) {
			return up ? Verdict.BETTER : Verdict.WORSE;
		}
		return up ? Verdict.HIGHER : Verdict.LOWER;
	}
}
