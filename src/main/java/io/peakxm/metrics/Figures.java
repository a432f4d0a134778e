package io.peakxm.metrics;

import io.peakxm.metrics.statistics.Estimates;
import io.peakxm.metrics.statistics.Estimates.Estimate;
import io.peakxm.metrics.statistics.SignificanceTests;
import io.peakxm.survey.QuestionType;

/**
 * Turns summed rollup figures into dashboard figures: the estimate of a measure with its interval, the tested
 * change against another period or group, and hiding below the minimum number of answers (DESIGN.md §3).
 */
record Figures(int minimumResponses) {

	/** A figure from its current figures and, optionally, those of the previous period and of last year. */
	Figure figure(String question, String row, String label, Figure.Measure measure, int[] range, Aggregate current,
			Aggregate previous, Aggregate lastYear) {
		Estimate e = estimate(measure, current, range);
		return new Figure(question, row, label, measure, e,
				previous == null ? null : change(measure, range, previous, current),
				lastYear == null ? null : change(measure, range, lastYear, current), e.n() < minimumResponses);
	}

	/** The share of {@code hits} among {@code n} answers. */
	Figure share(String question, String row, String label, long hits, long n) {
		Estimate e = Estimates.share(hits, n);
		return new Figure(question, row, label, Figure.Measure.SHARE, e, null, null, n < minimumResponses);
	}

	static Estimate estimate(Figure.Measure measure, Aggregate a, int[] range) {
		return switch (measure) {
			case NPS -> Estimates.npsFromHistogram(a.histogram());
			case SHARE -> Estimates.share(a.count(range[0], range[1]), a.n());
			case MEAN -> Estimates.mean(a.n(), a.total(), a.totalSq());
		};
	}

	/** The change from {@code before} to {@code after}, tested as DESIGN.md §3 says. */
	static SignificanceTests.Change change(Figure.Measure measure, int[] range, Aggregate before, Aggregate after) {
		return switch (measure) {
			case NPS -> SignificanceTests.nps(before.count(9, 10), before.count(7, 8), before.count(0, 6),
					after.count(9, 10), after.count(7, 8), after.count(0, 6));
			case SHARE -> SignificanceTests.shares(before.count(range[0], range[1]), before.n(),
					after.count(range[0], range[1]), after.n());
			case MEAN -> SignificanceTests.means(before.n(), before.total(), before.totalSq(), after.n(), after.total(),
					after.totalSq());
		};
	}

	/** What is left of {@code total} without {@code part} (the other groups of a breakdown). */
	static Aggregate minus(Aggregate total, Aggregate part) {
		long[] h = total.histogram();
		long[] p = part.histogram();
		for (int i = 0; i < h.length; i++) {
			h[i] -= p[i];
		}
		return new Aggregate(total.n() - part.n(), total.total() - part.total(), total.totalSq() - part.totalSq(), h);
	}

	/** The main measure of a question type: NPS for NPS, top-2-box for CSAT, the mean otherwise. */
	static Figure.Measure measureOf(QuestionType type) {
		return switch (type) {
			case NPS -> Figure.Measure.NPS;
			case CSAT -> Figure.Measure.SHARE;
			default -> Figure.Measure.MEAN;
		};
	}

	/** The answers a share counts: 5–7 ("easy") for CES, 4–5 (top-2-box) otherwise. */
	static int[] rangeOf(QuestionType type) {
		return type == QuestionType.CES ? new int[] { 5, 7 } : new int[] { 4, 5 };
	}

	static double percent(long count, long n) {
		return n == 0 ? 0 : Math.round(1000.0 * count / n) / 10.0;
	}
}
