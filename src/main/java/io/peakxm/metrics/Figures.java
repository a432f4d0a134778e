package io.peakxm.metrics;

import io.peakxm.metrics.statistics.Estimates;
import io.peakxm.metrics.statistics.Estimates.Estimate;
import io.peakxm.metrics.statistics.NpsGroup;
import io.peakxm.metrics.statistics.SignificanceTests;
import io.peakxm.shared.LocalizedText;
import io.peakxm.survey.QuestionType;

/**
 * Turns summed rollup figures into dashboard figures: the estimate of a measure with its
 * interval, the tested change against another period or group, and hiding below the
 * minimum number of answers (docs/design.md §3). The type of the question answered
 * decides the rest: which answers a share counts, the scale a mean's interval stays on,
 * and which direction of a change is better.
 */
record Figures(int minimumResponses) {

	/**
	 * A figure from its current figures and, optionally, those of the previous period and
	 * of last year.
	 */
	Figure figure(String question, String row, LocalizedText label, Figure.Measure measure, QuestionType type,
			Aggregate current, Aggregate previous, Aggregate lastYear) {
		Estimate e = estimate(measure, type, current);
		return new Figure(question, row, label, measure, betterOf(type), e,
				previous == null ? null : change(measure, type, previous, current),
				lastYear == null ? null : change(measure, type, lastYear, current), e.n() < minimumResponses);
	}

	/**
	 * The share of {@code hits} among {@code n} answers (compliance with a standard: more
	 * is better).
	 */
	Figure share(String question, String row, LocalizedText label, long hits, long n) {
		Estimate e = Estimates.share(hits, n);
		return new Figure(question, row, label, Figure.Measure.SHARE, Figure.Better.HIGHER, e, null, null,
				n < minimumResponses);
	}

	static Estimate estimate(Figure.Measure measure, QuestionType type, Aggregate a) {
		int[] range = rangeOf(type);
		return switch (measure) {
			case NPS -> Estimates.npsFromHistogram(a.histogram());
			case SHARE -> Estimates.share(a.count(range[0], range[1]), a.n());
			case MEAN ->
				hasScale(type) ? Estimates.mean(a.n(), a.total(), a.totalSq(), type.scaleMin(), type.scaleMax())
						: Estimates.mean(a.n(), a.total(), a.totalSq());
		};
	}

	/**
	 * The change from {@code before} to {@code after}, tested as docs/design.md §3 says.
	 */
	static SignificanceTests.Change change(Figure.Measure measure, QuestionType type, Aggregate before,
			Aggregate after) {
		int[] range = rangeOf(type);
		return switch (measure) {
			case NPS -> SignificanceTests.nps(count(before, NpsGroup.PROMOTER), count(before, NpsGroup.PASSIVE),
					count(before, NpsGroup.DETRACTOR), count(after, NpsGroup.PROMOTER), count(after, NpsGroup.PASSIVE),
					count(after, NpsGroup.DETRACTOR));
			case SHARE -> SignificanceTests.shares(before.count(range[0], range[1]), before.n(),
					after.count(range[0], range[1]), after.n());
			case MEAN -> SignificanceTests.means(before.n(), before.total(), before.totalSq(), after.n(), after.total(),
					after.totalSq());
		};
	}

	private static long count(Aggregate a, NpsGroup group) {
		return a.count(group.lowest(), group.highest());
	}

	/**
	 * What is left of {@code total} without {@code part} (the other groups of a
	 * breakdown).
	 */
	static Aggregate minus(Aggregate total, Aggregate part) {
		long[] h = total.histogram();
		long[] p = part.histogram();
		for (int i = 0; i < h.length; i++) {
			h[i] -= p[i];
		}
		return new Aggregate(total.n() - part.n(), total.total() - part.total(), total.totalSq() - part.totalSq(), h);
	}

	/**
	 * The main measure of a question type: NPS for NPS, top-2-box for CSAT, the mean
	 * otherwise.
	 */
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

	/**
	 * Which direction of a change is better. Every scale here runs from bad to good —
	 * NPS, CSAT, ratings and matrix rows, and CES too: it asks how easy something was, 1
	 * very difficult to 7 very easy, so a higher mean and a higher "easy" share (5–7) are
	 * better. A number question (minutes queued, nights stayed) has no such direction.
	 */
	static Figure.Better betterOf(QuestionType type) {
		return hasScale(type) ? Figure.Better.HIGHER : Figure.Better.UNKNOWN;
	}

	/**
	 * Whether answers lie on the type's fixed scale (NPS 0–10, CSAT 1–5, CES 1–7, ratings
	 * and matrix rows 1–5).
	 */
	private static boolean hasScale(QuestionType type) {
		return type.isScale() || type == QuestionType.MATRIX;
	}

	static double percent(long count, long n) {
		return n == 0 ? 0 : Math.round(1000.0 * count / n) / 10.0;
	}
}
