package io.peakxm.insight;

/**
 * Where a touchpoint falls on the importance–performance matrix, split at the median importance (share of R²)
 * and the median performance (mean rating) of the survey's touchpoints.
 */
public enum Quadrant {
	/** Important and performing below the median: concentrate here. */
	CONCENTRATE_HERE,
	/** Important and performing well: keep up the good work. */
	KEEP_UP,
	/** Less important and performing below the median: low priority. */
	LOW_PRIORITY,
	/** Less important but performing well: possible overkill. */
	POSSIBLE_OVERKILL;

	static Quadrant of(double importance, double importanceMedian, double performance, double performanceMedian) {
		boolean important = importance >= importanceMedian;
		boolean good = performance >= performanceMedian;
		return important ? (good ? KEEP_UP : CONCENTRATE_HERE) : (good ? POSSIBLE_OVERKILL : LOW_PRIORITY);
	}
}
