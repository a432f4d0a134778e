package io.peakxm.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.peakxm.insight.calculation.PeakEndFit;
import io.peakxm.insight.calculation.PeakEndFit.Component;

/**
 * Turns the curve, the peak-end fit and the drivers into recommendations (docs/design.md
 * §4): repair the valley that is most often the trough, create a peak where a designed
 * high point falls short, invest in (or protect) the end.
 * <p>
 * The expected effect of raising a touchpoint's ratings by one point (0.5 on the −1…+1
 * scale) follows the fitted peak-end model to first order: the change moves the peak
 * where the touchpoint is the peak, the trough where it is the trough, the end where it
 * is the end, and the mean by one k-th:
 * {@code Δ ≈ 0.5 · (β_peak·share_peak + β_trough·share_trough + β_end·share_end + β_mean·share_rated / k̄)}.
 * Ties count for every tied touchpoint, so the effect of raising one of several tied
 * troughs is overstated.
 * <p>
 * The list is ordered by what a recommendation is worth: those whose model term is
 * significant first, then by expected effect, largest first. One whose term is not
 * significant (the worst moment, say, does not measurably weigh on the outcome) is a
 * hint, and never comes before a recommendation that rests on a significant term.
 */
final class Recommendations {

	/**
	 * A valley is worth repairing when it is the trough for at least this share of
	 * journeys.
	 */
	static final double VALLEY_SHARE = 0.15;

	/** A touchpoint is rarely the peak below this share. */
	static final double RARE_PEAK_SHARE = 0.2;

	static final int MAX_PER_KIND = 2;

	/**
	 * Significant first, then the largest expected effect first; an effect that could not
	 * be computed comes last.
	 */
	static final Comparator<Recommendation> BY_WORTH = Comparator.comparing(Recommendation::supported)
		.reversed()
		.thenComparing(Comparator.comparingDouble(Recommendations::effectOrLowest).reversed());

	private Recommendations() {
	}

	/**
	 * @param curve the emotional curve
	 * @param fit the peak-end fit
	 * @param importance share of R² per touchpoint id in percent (empty without drivers)
	 * @param ratedShare per touchpoint id the share of ranked instances that rate it
	 * @param meanCount k̄, the mean number of rated touchpoints per ranked instance
	 * @param outcome the overall outcome, for the effect's unit
	 */
	static List<Recommendation> of(Curve curve, PeakEndFit fit, Map<Long, Double> importance,
			Map<Long, Double> ratedShare, double meanCount, Outcome outcome) {
		List<Recommendation> result = new ArrayList<>();
		if (curve.points().isEmpty()) {
			return result;
		}
		Effect effect = new Effect(fit, ratedShare, meanCount, outcome);
		curve.points()
			.stream()
			.filter(p -> p.troughShare() >= VALLEY_SHARE)
			.sorted(Comparator.comparingDouble(CurvePoint::troughShare).reversed())
			.limit(MAX_PER_KIND)
			.forEach(p -> result.add(recommend(Recommendation.Kind.REPAIR_VALLEY, p, p.troughShare(), importance,
					effect, fit, Component.TROUGH)));
		List<CurvePoint> designedPeaks = curve.points()
			.stream()
			.filter(p -> (p.designedPeak() || p.designedEmotion() >= 2) && p.gapToDesigned() < 0)
			.toList();
		List<CurvePoint> peaks = designedPeaks.isEmpty()
				? curve.points().stream().filter(p -> p.peakShare() < RARE_PEAK_SHARE && !p.endMoment()).toList()
				: designedPeaks;
		peaks.stream()
			.sorted(Comparator.comparingDouble((CurvePoint p) -> importance.getOrDefault(p.touchpointId(), 0.0))
				.reversed()
				.thenComparingDouble(CurvePoint::gapToDesigned))
			.limit(designedPeaks.isEmpty() ? 1 : MAX_PER_KIND)
			.forEach(p -> result.add(recommend(Recommendation.Kind.CREATE_PEAK, p, p.peakShare(), importance, effect,
					fit, Component.PEAK)));
		CurvePoint end = curve.points()
			.stream()
			.filter(CurvePoint::endMoment)
			.findFirst()
			.orElse(curve.points().get(curve.points().size() - 1));
		double journeyMean = curve.points()
			.stream()
			.mapToDouble(p -> p.measured().mean())
			.filter(Double::isFinite)
			.average()
			.orElse(Double.NaN);
		boolean endMatters = fit.peakEnd().weight(Component.END).interval().excludesZero()
				&& fit.peakEnd().weight(Component.END).coefficient() > 0;
		if (endMatters) {
			Recommendation.Kind kind = end.measured().mean() < journeyMean ? Recommendation.Kind.RAISE_END
					: Recommendation.Kind.KEEP_END;
			result.add(recommend(kind, end, end.endShare(), importance, effect, fit, Component.END));
		}
		result.sort(BY_WORTH);
		return result;
	}

	private static double effectOrLowest(Recommendation r) {
		return Double.isNaN(r.effect()) ? Double.NEGATIVE_INFINITY : r.effect();
	}

	private static Recommendation recommend(Recommendation.Kind kind, CurvePoint p, double share,
			Map<Long, Double> importance, Effect effect, PeakEndFit fit, Component term) {
		return new Recommendation(kind, p.touchpointId(), p.name(), p.measured().mean(), p.designed(), share,
				importance.getOrDefault(p.touchpointId(), Double.NaN), effect.ofOnePoint(p),
				fit.peakEnd().weight(term).interval().excludesZero());
	}

	/**
	 * The first-order effect of one rating point at a touchpoint on the outcome, in the
	 * outcome's unit.
	 */
	record Effect(PeakEndFit fit, Map<Long, Double> ratedShare, double meanCount, Outcome outcome) {

		/** One point on the 1–5 touchpoint scale on the −1…+1 scale. */
		static final double ONE_POINT = 2.0
				/ (JourneyLayout.TOUCHPOINT_SCALE.max() - JourneyLayout.TOUCHPOINT_SCALE.min());

		double ofOnePoint(CurvePoint p) {
			double rated = ratedShare.getOrDefault(p.touchpointId(), 0.0);
			double change = ONE_POINT * (coefficient(Component.PEAK) * p.peakShare()
					+ coefficient(Component.TROUGH) * p.troughShare() + coefficient(Component.END) * p.endShare()
					+ (meanCount > 0 ? coefficient(Component.MEAN) * rated / meanCount : 0));
			return outcome.inOwnUnit(change);
		}

		private double coefficient(Component component) {
			return fit.peakEnd().weight(component).coefficient();
		}
	}

}
