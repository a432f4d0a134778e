package io.peakxm.insight.calculation;

import java.util.List;

import io.peakxm.insight.calculation.EmotionalCurve.Point;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * A three-touchpoint journey on 1–5 (rescaled: (r − 3) / 2), worked out by hand.
 * Quartiles are Hyndman–Fan type 7: position h = (n − 1) · p in the sorted ratings,
 * interpolated linearly. <pre>
 * instance  tp0  tp1  tp2   ranked?  peak       trough
 * A          5    3    1    yes      tp0        tp2
 * B          4    4    2    yes      tp0, tp1   tp2      (tie: both count)
 * C          -    5    4    yes      tp1        tp2
 * D          2    -    -    no (one answered)
 * E          3    3    3    yes      none       none     (flat)
 * </pre>
 */
class EmotionalCurveTests {

	private static final double NA = Double.NaN;

	private EmotionalCurve curve;

	@BeforeEach
	void addInstances() {
		this.curve = new EmotionalCurve(3, RatingScale.ONE_TO_FIVE);
		this.curve.add(new double[] { 5, 3, 1 });
		this.curve.add(new double[] { 4, 4, 2 });
		this.curve.add(new double[] { NA, 5, 4 });
		this.curve.add(new double[] { 2, NA, NA });
		this.curve.add(new double[] { 3, 3, 3 });
	}

	@Test
	void countsAndMeansAreRescaled() {
		List<Point> points = this.curve.points();
		assertThat(this.curve.instances()).isEqualTo(5);
		assertThat(points).extracting(Point::count).containsExactly(4L, 4L, 4L);
		// tp0: 5, 4, 2, 3 → 1, 0.5, −0.5, 0 → 0.25
		assertThat(points.get(0).mean()).isCloseTo(0.25, within(1e-12));
		// tp1: 3, 4, 5, 3 → 0, 0.5, 1, 0 → 0.375
		assertThat(points.get(1).mean()).isCloseTo(0.375, within(1e-12));
		// tp2: 1, 2, 4, 3 → −1, −0.5, 0.5, 0 → −0.25
		assertThat(points.get(2).mean()).isCloseTo(-0.25, within(1e-12));
	}

	@Test
	void quartilesComeFromTheCountsOfEachRating() {
		// n = 4: h = 0.75, 1.5, 2.25
		// tp0 sorted 2, 3, 4, 5: 2.75, 3.5, 4.25 → −0.125, 0.25, 0.625
		assertQuartiles(this.curve.point(0), -0.125, 0.25, 0.625);
		// tp1 sorted 3, 3, 4, 5: 3, 3.5, 4.25 → 0, 0.25, 0.625
		assertQuartiles(this.curve.point(1), 0.0, 0.25, 0.625);
		// tp2 sorted 1, 2, 3, 4: 1.75, 2.5, 3.25 → −0.625, −0.25, 0.125
		assertQuartiles(this.curve.point(2), -0.625, -0.25, 0.125);
	}

	@Test
	void countsPeaksAndTroughsWithTiesForEachTiedTouchpoint() {
		List<Point> points = this.curve.points();
		assertThat(points).extracting(Point::peakCount).containsExactly(2L, 2L, 0L);
		assertThat(points).extracting(Point::troughCount).containsExactly(0L, 0L, 3L);
		// ranked and answered: tp0 in A, B, E; tp1 and tp2 in A, B, C, E
		assertThat(points).extracting(Point::rankedInstances).containsExactly(3L, 4L, 4L);
	}

	@Test
	void sharesDivideByEveryRankedInstanceNotOnlyThoseThatRatedTheTouchpoint() {
		// ranked: A, B, C, E. tp0 is the peak in A and B: 2 of 4 (not 2 of the 3 that
		// rated it)
		assertThat(this.curve.rankedInstances()).isEqualTo(4);
		assertThat(this.curve.peakShare(0)).isCloseTo(0.5, within(1e-12));
		assertThat(this.curve.peakShare(1)).isCloseTo(0.5, within(1e-12));
		assertThat(this.curve.peakShare(2)).isZero();
		assertThat(this.curve.troughShare(2)).isCloseTo(0.75, within(1e-12));
		assertThat(this.curve.troughShare(0)).isZero();
		// no designated end: every ranked instance ends at its last answered touchpoint,
		// tp2
		assertThat(this.curve.endShare(2)).isEqualTo(1.0);
		assertThat(this.curve.endShare(0)).isZero();
	}

	@Test
	void theEndIsTheDesignatedEndMomentWhenAnsweredElseTheLastAnswered() {
		EmotionalCurve withEnd = new EmotionalCurve(3, RatingScale.ONE_TO_FIVE, 1);
		withEnd.add(new double[] { 5, NA, 1 });
		withEnd.add(new double[] { 4, 2, 3 });
		withEnd.add(new double[] { 2, 3, NA });
		withEnd.add(new double[] { 1, NA, NA });
		assertThat(withEnd.rankedInstances()).isEqualTo(3);
		assertThat(withEnd.endShare(1)).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(withEnd.endShare(2)).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(withEnd.endShare(0)).isZero();
	}

	@Test
	void sharesAreUndefinedBeforeAnyInstanceIsRanked() {
		EmotionalCurve sparse = new EmotionalCurve(2, RatingScale.ONE_TO_FIVE);
		sparse.add(new double[] { 4, NA });
		assertThat(sparse.rankedInstances()).isZero();
		assertThat(sparse.peakShare(0)).isNaN();
		assertThat(sparse.troughShare(0)).isNaN();
		assertThat(sparse.endShare(0)).isNaN();
	}

	@Test
	void touchpointWithoutRatingsHasNoValues() {
		EmotionalCurve empty = new EmotionalCurve(2, RatingScale.ZERO_TO_TEN);
		empty.add(new double[] { 7, NA });
		Point point = empty.point(1);
		assertThat(point.count()).isZero();
		assertThat(point.mean()).isNaN();
		assertThat(point.median()).isNaN();
		assertThat(empty.peakShare(1)).isNaN();
		// a single rating is every quartile: 7 → 0.4
		assertThat(empty.point(0).lowerQuartile()).isCloseTo(0.4, within(1e-12));
		assertThat(empty.point(0).upperQuartile()).isCloseTo(0.4, within(1e-12));
	}

	@Test
	void rejectsRatingsThatAreNotWholeNumbersOnTheScale() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.curve.add(new double[] { 4.5, 3, 2 }));
		assertThatIllegalArgumentException().isThrownBy(() -> this.curve.add(new double[] { 0, 3, 2 }));
		assertThatIllegalArgumentException().isThrownBy(() -> this.curve.add(new double[] { 3, 2 }));
		assertThatIllegalArgumentException().isThrownBy(() -> new EmotionalCurve(3, new RatingScale(0.5, 4.5)));
	}

	private static void assertQuartiles(Point point, double lower, double median, double upper) {
		assertThat(point.lowerQuartile()).isCloseTo(lower, within(1e-12));
		assertThat(point.median()).isCloseTo(median, within(1e-12));
		assertThat(point.upperQuartile()).isCloseTo(upper, within(1e-12));
	}

}
