package io.peakxm.insight;

/**
 * Where a touchpoint falls on the importance–performance matrix (Martilla and James
 * 1977), split at the mean importance (share of R²) and the mean performance (mean
 * rating) of the survey's touchpoints (docs/design.md §5).
 */
public enum Quadrant {

	/** Important and performing below the mean: concentrate here. */
	CONCENTRATE_HERE,
	/** Important and performing well: keep up the good work. */
	KEEP_UP,
	/** Less important and performing below the mean: low priority. */
	LOW_PRIORITY,
	/** Less important but performing well: possible overkill. */
	POSSIBLE_OVERKILL;

	static Quadrant of(double importance, double importanceSplit, double performance, double performanceSplit) {
		boolean important = importance >= importanceSplit;
		boolean good = performance >= performanceSplit;
		return important ? (good ? KEEP_UP : CONCENTRATE_HERE) : (good ? POSSIBLE_OVERKILL : LOW_PRIORITY);
	}

}
