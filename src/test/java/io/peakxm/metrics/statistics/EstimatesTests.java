package io.peakxm.metrics.statistics;

import io.peakxm.metrics.statistics.Estimates.Estimate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Expected values are worked out by hand in the comments (z = 1.959964), not by calling
 * the code under test.
 */
class EstimatesTests {

	@Test
	void npsUsesThePlainScoreWithTheAdjustedWaldInterval() {
		// n = 36, P = 17, passives = 11, D = 8: NPS = 100 * (17 - 8) / 36 = 25.
		// n' = 39, p' = 17.75 / 39 = 0.455128, d' = 8.75 / 39 = 0.224359, NPS' = p' - d'
		// = 9 / 39 = 0.230769
		// se = sqrt((p' + d' - NPS'²) / n') = sqrt((0.679487 - 0.053254) / 39) =
		// sqrt(0.016057) = 0.126717
		// 1.959964 * se = 0.248361 -> 100 * (0.230769 ± 0.248361) = (-1.759, 47.913)
		Estimate estimate = Estimates.nps(17, 11, 8);
		assertThat(estimate.value()).isCloseTo(25.0, within(1e-9));
		assertThat(estimate.interval().low()).isCloseTo(-1.759, within(0.05));
		assertThat(estimate.interval().high()).isCloseTo(47.913, within(0.05));
		assertThat(estimate.n()).isEqualTo(36);
		assertThat(estimate.small()).isFalse();
	}

	@Test
	void npsIntervalIsClampedToTheScale() {
		// n = 10, all promoters: NPS = 100.
		// n' = 13, p' = 10.75 / 13 = 0.826923, d' = 0.75 / 13 = 0.057692, NPS' = 10 / 13
		// = 0.769231
		// se = sqrt((0.884615 - 0.591716) / 13) = sqrt(0.022531) = 0.150102; 1.959964 *
		// se = 0.294195
		// 100 * (0.769231 ± 0.294195) = (47.504, 106.343) -> the upper bound is clamped
		// to 100
		Estimate estimate = Estimates.nps(10, 0, 0);
		assertThat(estimate.value()).isEqualTo(100.0);
		assertThat(estimate.interval().low()).isCloseTo(47.504, within(0.05));
		assertThat(estimate.interval().high()).isEqualTo(100.0);
		assertThat(estimate.small()).isTrue();

		// All detractors mirror it: (-100, -47.504).
		Estimate detractors = Estimates.nps(0, 0, 10);
		assertThat(detractors.value()).isEqualTo(-100.0);
		assertThat(detractors.interval().low()).isEqualTo(-100.0);
		assertThat(detractors.interval().high()).isCloseTo(-47.504, within(0.05));
	}

	@Test
	void npsWithoutRatingsIsNaN() {
		Estimate estimate = Estimates.nps(0, 0, 0);
		assertThat(estimate.value()).isNaN();
		assertThat(estimate.interval().isDefined()).isFalse();
		assertThat(estimate.interval().low()).isNaN();
		assertThat(estimate.interval().high()).isNaN();
		assertThat(estimate.n()).isZero();
		assertThat(estimate.small()).isTrue();
	}

	@Test
	void npsFromHistogramGroupsRatings() {
		// Detractors 0–6: 1 + 1 + 1 + 1 + 1 + 1 + 2 = 8; passives 7–8: 5 + 6 = 11;
		// promoters 9–10: 7 + 10 = 17,
		// the same counts as in the first test.
		Estimate estimate = Estimates.npsFromHistogram(new long[] { 1, 1, 1, 1, 1, 1, 2, 5, 6, 7, 10 });
		assertThat(estimate.value()).isCloseTo(25.0, within(1e-9));
		assertThat(estimate.n()).isEqualTo(36);
		assertThat(estimate.interval().low()).isCloseTo(-1.759, within(0.05));
		assertThat(estimate.interval().high()).isCloseTo(47.913, within(0.05));
	}

	@Test
	void npsRejectsImpossibleCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.nps(-1, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.npsFromHistogram(new long[10]));
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.npsFromHistogram(null));
		long[] negative = new long[11];
		negative[3] = -2;
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.npsFromHistogram(negative));
	}

	@Test
	void shareUsesTheWilsonScoreInterval() {
		// k = 81, n = 263: p = 0.307985, z² = 3.841459, z² / n = 0.014606, denominator =
		// 1.014606
		// centre = (0.307985 + 3.841459 / 526) / 1.014606 = (0.307985 + 0.007303) /
		// 1.014606 = 0.310749
		// p(1 - p) / n = 0.213131 / 263 = 0.00081038; z² / (4n²) = 3.841459 / 276676 =
		// 0.00001388
		// half width = 1.959964 / 1.014606 * sqrt(0.00082426) = 1.931748 * 0.028710 =
		// 0.055461
		// interval = (0.255288, 0.366210), in percent (25.529, 36.621)
		Estimate estimate = Estimates.share(81, 263);
		assertThat(estimate.value()).isCloseTo(30.7985, within(1e-4));
		assertThat(estimate.interval().low()).isCloseTo(25.529, within(0.005));
		assertThat(estimate.interval().high()).isCloseTo(36.621, within(0.005));
		assertThat(estimate.n()).isEqualTo(263);
	}

	@Test
	void shareIntervalAtTheEdgesStaysWithinTheScale() {
		// k = 0, n = 10: centre = half width = (z² / 20) / (1 + z² / 10), so low = 0 and
		// high = (z² / 10) / (1 + z² / 10) = 0.384146 / 1.384146 = 0.277533
		Estimate none = Estimates.share(0, 10);
		assertThat(none.value()).isZero();
		assertThat(none.interval().low()).isZero();
		assertThat(none.interval().high()).isCloseTo(27.753, within(0.005));

		// k = n = 10 mirrors it: (1 - 0.277533, 1)
		Estimate all = Estimates.share(10, 10);
		assertThat(all.value()).isEqualTo(100.0);
		assertThat(all.interval().low()).isCloseTo(72.247, within(0.005));
		assertThat(all.interval().high()).isEqualTo(100.0);
	}

	@Test
	void shareWithoutObservationsIsNaN() {
		Estimate estimate = Estimates.share(0, 0);
		assertThat(estimate.value()).isNaN();
		assertThat(estimate.interval()).isEqualTo(Interval.UNDEFINED);
	}

	@Test
	void shareRejectsImpossibleCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.share(11, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.share(-1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.share(0, -1));
	}

	@Test
	void meanUsesTheStudentTInterval() {
		// Values 2, 4, 4, 4, 5, 5, 7, 9: n = 8, sum = 40, sum of squares = 4 + 48 + 50 +
		// 49 + 81 = 232
		// mean = 5, s² = (232 - 40² / 8) / 7 = 32 / 7 = 4.571429, s = 2.138090, t(7,
		// 0.975) = 2.364624
		// half width = 2.364624 * 2.138090 / sqrt(8) = 1.787488 -> (3.212512, 6.787488)
		Estimate estimate = Estimates.mean(8, 40, 232);
		assertThat(estimate.value()).isEqualTo(5.0);
		assertThat(estimate.interval().low()).isCloseTo(3.2125, within(1e-4));
		assertThat(estimate.interval().high()).isCloseTo(6.7875, within(1e-4));
		assertThat(estimate.n()).isEqualTo(8);
		assertThat(estimate.small()).isTrue();
	}

	@Test
	void meanOnAScaleKeepsItsIntervalOnTheScale() {
		// Answers 1, 2, 4, 5, 5 on 1–5: n = 5, sum = 17, sum of squares = 1 + 4 + 16 + 25
		// + 25 = 71, mean = 3.4
		// s² = (71 - 17² / 5) / 4 = (71 - 57.8) / 4 = 3.3, s = 1.816590, t(4, 0.975) =
		// 2.776445 (tables)
		// half width = 2.776445 * 1.816590 / sqrt(5) = 2.255595 -> t interval (1.144405,
		// 5.655595), cut at 5
		Estimate estimate = Estimates.mean(5, 17, 71, 1, 5);
		assertThat(estimate.value()).isCloseTo(3.4, within(1e-12));
		assertThat(estimate.interval().low()).isCloseTo(1.1444, within(1e-4));
		assertThat(estimate.interval().high()).isEqualTo(5.0);
		assertThat(estimate.n()).isEqualTo(5);
		assertThat(estimate.small()).isTrue();

		// Answers 1 and 7 on 1–7: mean 4, s² = (1 + 49 - 32) / 1 = 18, s = 4.242641, t(1,
		// 0.975) = 12.706205
		// half width = 12.706205 * 4.242641 / sqrt(2) = 38.118614 -> (-34.12, 42.12), cut
		// at both ends to (1, 7)
		Estimate both = Estimates.mean(2, 8, 50, 1, 7);
		assertThat(both.interval().low()).isEqualTo(1.0);
		assertThat(both.interval().high()).isEqualTo(7.0);
	}

	@Test
	void meanOnAScaleLeavesAnIntervalInsideTheScaleAsItIs() {
		// The same answers as meanUsesTheStudentTInterval, on 0–10: (3.2125, 6.7875) lies
		// inside the scale.
		Estimate estimate = Estimates.mean(8, 40, 232, 0, 10);
		assertThat(estimate.interval().low()).isCloseTo(3.2125, within(1e-4));
		assertThat(estimate.interval().high()).isCloseTo(6.7875, within(1e-4));
		assertThat(Estimates.mean(1, 4, 16, 1, 5).interval().isDefined()).isFalse();
		assertThat(Estimates.mean(0, 0, 0, 1, 5).value()).isNaN();
	}

	@Test
	void meanOnAScaleRejectsAnswersOffTheScaleAndBadBounds() {
		// Mean 6 on 1–5: the answers cannot have come from that scale.
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.mean(2, 12, 72, 1, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.mean(2, 6, 18, 5, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.mean(2, 6, 18, 1, Double.NaN));
	}

	@Test
	void meanOfTooFewObservationsHasNoInterval() {
		Estimate empty = Estimates.mean(0, 0, 0);
		assertThat(empty.value()).isNaN();
		assertThat(empty.interval().isDefined()).isFalse();

		Estimate single = Estimates.mean(1, 7, 49);
		assertThat(single.value()).isEqualTo(7.0);
		assertThat(single.interval().isDefined()).isFalse();
	}

	@Test
	void meanOfConstantValuesHasAZeroWidthIntervalDespiteRounding() {
		// Ten times 0.1, summed as a database would: the sums are not exact in binary, so
		// Σx² - (Σx)² / n is a
		// rounding residue (of either sign) rather than 0. The variance must still come
		// out as 0.
		double sum = 0;
		double sumOfSquares = 0;
		for (int i = 0; i < 10; i++) {
			sum += 0.1;
			sumOfSquares += 0.1 * 0.1;
		}
		Estimate estimate = Estimates.mean(10, sum, sumOfSquares);
		assertThat(estimate.value()).isCloseTo(0.1, within(1e-12));
		assertThat(estimate.interval().low()).isEqualTo(estimate.value());
		assertThat(estimate.interval().high()).isEqualTo(estimate.value());

		// A sum of squares slightly below (Σx)² / n, which no real data has, is clamped
		// rather than failing:
		// three times 3 gives Σx = 9, Σx² = 27.
		Estimate clamped = Estimates.mean(3, 9, 27 - 1e-12);
		assertThat(clamped.interval().width()).isZero();
	}

	@Test
	void meanRejectsImpossibleSums() {
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.mean(-1, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.mean(2, Double.NaN, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.mean(2, 1, Double.POSITIVE_INFINITY));
		assertThatIllegalArgumentException().isThrownBy(() -> Estimates.mean(2, 1, -1));
	}

	@Test
	void intervalChecksItsBounds() {
		assertThat(new Interval(1, 2).contains(1.5)).isTrue();
		assertThat(new Interval(1, 2).width()).isEqualTo(1.0);
		assertThat(Interval.UNDEFINED.contains(0)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new Interval(2, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new Interval(Double.NaN, 1));
	}

	@Test
	void estimateIsSmallBelowThirtyObservations() {
		assertThat(Estimates.share(1, 29).small()).isTrue();
		assertThat(Estimates.share(1, 30).small()).isFalse();
	}

}
