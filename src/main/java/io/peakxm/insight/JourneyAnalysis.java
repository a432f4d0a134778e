package io.peakxm.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.insight.calculation.EmotionalCurve;
import io.peakxm.insight.calculation.KeyDriverWeights;
import io.peakxm.insight.calculation.KeyDrivers;
import io.peakxm.insight.calculation.PeakEnd;
import io.peakxm.insight.calculation.PeakEndFit;
import io.peakxm.insight.calculation.PeakEndOptions;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.LocalizedText;

/**
 * One pass over a survey's responses feeding every journey analysis at once: the
 * emotional curve, the peak-end model, the key drivers, and the peak, trough and end
 * counts behind the recommendations. Memory does not grow with the number of responses.
 * Not thread-safe: fed by one stream.
 */
final class JourneyAnalysis {

	static final int RESAMPLES = 200;

	private final JourneyLayout layout;

	private final int touchpoints;

	private final EmotionalCurve curve;

	private final PeakEnd peakEnd;

	private final KeyDrivers drivers;

	private long responses;

	JourneyAnalysis(JourneyLayout layout) {
		this.layout = layout;
		this.touchpoints = layout.touchpoints().size();
		this.curve = new EmotionalCurve(touchpoints, JourneyLayout.TOUCHPOINT_SCALE, layout.endIndex());
		this.peakEnd = new PeakEnd(JourneyLayout.TOUCHPOINT_SCALE, layout.outcome().scale(),
				PeakEndOptions.defaults().withEndTouchpoint(layout.endIndex()).withResamples(RESAMPLES));
		this.drivers = new KeyDrivers(touchpoints);
	}

	/**
	 * Adds one response: its ratings in journey order (NaN = not rated) and its outcome
	 * (NaN = none).
	 */
	void add(double[] ratings, double outcome) {
		responses++;
		curve.add(ratings);
		if (!Double.isNaN(outcome)) {
			peakEnd.add(ratings, outcome);
		}
		drivers.add(ratings, outcome);
	}

	/**
	 * The touchpoints rated by fewer than {@code minimumShare} of the responses read:
	 * with them, few responses rate every touchpoint, so they are left out (e.g.
	 * touchpoints an imported file has no column for).
	 */
	List<Analysis.Excluded> sparse(double minimumShare) {
		List<Analysis.Excluded> result = new ArrayList<>();
		for (int i = 0; i < touchpoints; i++) {
			long count = curve.point(i).count();
			if (count < minimumShare * responses) {
				result.add(new Analysis.Excluded(layout.touchpoints().get(i).id(), layout.name(i), count));
			}
		}
		return result;
	}

	/** The analyses of everything added. */
	Analysis result(long surveyId, LocalizedText surveyTitle, java.time.LocalDate from, java.time.LocalDate to,
			List<Analysis.Excluded> excluded) {
		Curve measured = curve();
		PeakEndFit fit = peakEnd.fit().orElse(null);
		Drivers keyDrivers = null;
		String driversProblem = null;
		try {
			keyDrivers = keyDrivers();
		}
		catch (IllegalArgumentException ex) {
			driversProblem = drivers.used() < drivers.minimumCases() ? "insight.notEnoughCompleteResponses"
					: "insight.driversUndefined";
		}
		Map<Long, Double> importance = new HashMap<>();
		if (keyDrivers != null) {
			keyDrivers.drivers().forEach(d -> importance.put(d.touchpointId(), d.share()));
		}
		// Of the ranked instances, the share that rated each touchpoint, and how many
		// touchpoints they rated on average.
		Map<Long, Double> ratedShare = new HashMap<>();
		long ranked = curve.rankedInstances();
		long answeredInRanked = 0;
		for (int i = 0; i < touchpoints; i++) {
			long rated = curve.point(i).rankedInstances();
			answeredInRanked += rated;
			ratedShare.put(layout.touchpoints().get(i).id(), ranked == 0 ? Double.NaN : (double) rated / ranked);
		}
		double meanCount = ranked == 0 ? 0 : (double) answeredInRanked / ranked;
		List<Recommendation> recommendations = fit == null ? List.of()
				: Recommendations.of(measured, fit, importance, ratedShare, meanCount, layout.outcome());
		return new Analysis(surveyId, surveyTitle, layout.journeyName(), from, to, layout.outcome(), responses,
				measured, fit, fit == null ? "insight.notEnoughResponses" : null, keyDrivers, driversProblem,
				recommendations, excluded);
	}

	private Curve curve() {
		List<CurvePoint> points = new ArrayList<>();
		for (int i = 0; i < touchpoints; i++) {
			Touchpoint t = layout.touchpoints().get(i);
			points
				.add(new CurvePoint(t.id(), layout.name(i), layout.stageName(i), t.designedEmotion(), t.designedPeak(),
						t.endMoment(), curve.point(i), curve.peakShare(i), curve.troughShare(i), curve.endShare(i)));
		}
		return new Curve(points, curve.instances(), curve.rankedInstances());
	}

	private Drivers keyDrivers() {
		KeyDriverWeights weights = drivers.result();
		double importanceSplit = weights.drivers()
			.stream()
			.mapToDouble(d -> d.share().value())
			.average()
			.orElse(Double.NaN);
		double performanceSplit = weights.drivers()
			.stream()
			.mapToDouble(KeyDriverWeights.DriverWeight::performance)
			.average()
			.orElse(Double.NaN);
		List<Driver> list = new ArrayList<>();
		for (KeyDriverWeights.DriverWeight d : weights.drivers()) {
			list.add(new Driver(layout.touchpoints().get(d.driver()).id(), layout.name(d.driver()), d.weight().value(),
					d.weight().low(), d.weight().high(), d.share().value(), d.share().low(), d.share().high(),
					d.aboveNoise(), d.performance(),
					Quadrant.of(d.share().value(), importanceSplit, d.performance(), performanceSplit)));
		}
		list.sort(java.util.Comparator.comparingDouble(Driver::weight).reversed());
		return new Drivers(list, weights.rSquared(), weights.used(), weights.skipped(), importanceSplit,
				performanceSplit);
	}

}
