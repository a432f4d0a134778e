package io.peakxm.insight;

import java.util.List;
import java.util.Map;

import io.peakxm.insight.calculation.EmotionalCurve;
import io.peakxm.insight.calculation.PeakEndFit;
import io.peakxm.insight.calculation.PeakEndFit.Component;
import io.peakxm.insight.calculation.PeakEndFit.Interval;
import io.peakxm.insight.calculation.PeakEndFit.Model;
import io.peakxm.insight.calculation.PeakEndFit.ModelFit;
import io.peakxm.insight.calculation.PeakEndFit.Verdict;
import io.peakxm.insight.calculation.PeakEndFit.Weight;
import io.peakxm.shared.LocalizedText;
import io.peakxm.survey.QuestionType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The recommendations of a journey like the demo's: two frequent low points while the
 * worst moment does not measurably weigh, a designed peak below its design, and an end
 * moment that weighs most and scores low.
 */
class RecommendationsTests {

	static final Outcome NPS = new Outcome("nps", "nps", QuestionType.NPS, null, null);

	// β on the −1…+1 scales: the trough's interval includes zero, peak, end and mean are
	// significant.
	static final PeakEndFit FIT = fit(new Interval(-0.05, 0.2));

	// Wifi and food are often the low point (wifi, divisive, often the high point too:
	// its expected effect is larger than
	// boarding's), boarding is a designed peak below its design, baggage is the end and
	// scores below the journey.
	static final Curve CURVE = new Curve(List.of(point(1, "Wifi", 0, false, false, -0.11, 0.30, 0.40, 0),
			point(2, "Food", 1, false, false, 0.04, 0.15, 0.26, 0),
			point(3, "Boarding", 2, true, false, 0.33, 0.28, 0.05, 0),
			point(4, "Baggage", 1, false, true, 0.05, 0.20, 0.10, 0.92)), 2500, 2495);

	static final Map<Long, Double> RATED = Map.of(1L, 0.9, 2L, 0.9, 3L, 0.92, 4L, 0.92);

	static final double MEAN_COUNT = 3.6;

	@Test
	void significantRecommendationsComeFirstLargestExpectedEffectFirstAndHintsLast() {
		List<Recommendation> recommendations = Recommendations.of(CURVE, FIT, Map.of(), RATED, MEAN_COUNT, NPS);
		assertThat(recommendations).extracting(Recommendation::kind)
			.containsExactly(Recommendation.Kind.RAISE_END, Recommendation.Kind.CREATE_PEAK,
					Recommendation.Kind.REPAIR_VALLEY, Recommendation.Kind.REPAIR_VALLEY);
		assertThat(recommendations).extracting(Recommendation::supported).containsExactly(true, true, false, false);
		assertThat(recommendations.get(2).effect()).isGreaterThanOrEqualTo(recommendations.get(3).effect());
		// One rating point is 0.5 on −1…+1; the NPS scale spans 10 points, i.e. 5 per
		// unit of the −1…+1 scale.
		double end = 0.5 * (0.3 * 0.20 + 0.1 * 0.10 + 0.8 * 0.92 + 0.4 * 0.92 / MEAN_COUNT) * 5;
		double peak = 0.5 * (0.3 * 0.28 + 0.1 * 0.05 + 0.8 * 0 + 0.4 * 0.92 / MEAN_COUNT) * 5;
		assertThat(recommendations.get(0).effect()).isCloseTo(end, within(1e-12));
		assertThat(recommendations.get(1).effect()).isCloseTo(peak, within(1e-12));
	}

	@Test
	void aValleyIsOnlyAHintWhileTheWorstMomentIsNotSignificantAndARecommendationOnceItIs() {
		assertThat(Recommendations.of(CURVE, FIT, Map.of(), RATED, MEAN_COUNT, NPS))
			.filteredOn(r -> r.kind() == Recommendation.Kind.REPAIR_VALLEY)
			.extracting(Recommendation::supported)
			.containsOnly(false);
		List<Recommendation> significant = Recommendations.of(CURVE, fit(new Interval(0.05, 0.2)), Map.of(), RATED,
				MEAN_COUNT, NPS);
		assertThat(significant).extracting(Recommendation::supported).containsOnly(true);
		assertThat(significant).extracting(Recommendation::effect).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	private static PeakEndFit fit(Interval trough) {
		Weight peak = new Weight(Component.PEAK, 0.3, 0.2, new Interval(0.1, 0.3));
		Weight worst = new Weight(Component.TROUGH, 0.1, 0.07, trough);
		Weight end = new Weight(Component.END, 0.8, 0.5, new Interval(0.4, 0.6));
		Weight mean = new Weight(Component.MEAN, 0.4, 0.2, new Interval(0.1, 0.3));
		ModelFit peakEnd = new ModelFit(Model.PEAK_END, 0.1, List.of(peak, worst, end, mean), 0.5, 0.49, 0.2);
		ModelFit meanOnly = new ModelFit(Model.MEAN_ONLY, 0,
				List.of(new Weight(Component.MEAN, 0.9, 0.6, Interval.UNDEFINED)), 0.35, 0.35, 0.24);
		return new PeakEndFit(peakEnd, meanOnly, 2495, 5, 200, new Verdict(Model.PEAK_END, end, 0.14, 0.04));
	}

	private static CurvePoint point(long id, String name, int designedEmotion, boolean designedPeak, boolean end,
			double mean, double peakShare, double troughShare, double endShare) {
		return new CurvePoint(id, LocalizedText.untranslated(name), LocalizedText.untranslated("Stage"),
				designedEmotion, designedPeak, end,
				new EmotionalCurve.Point((int) id, 2300, mean, mean - 0.5, mean, mean + 0.5, 0, 0, 2495), peakShare,
				troughShare, endShare);
	}

}
