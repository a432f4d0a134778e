package io.peakxm.insight.prediction;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The rank formula is checked against a hand-worked example and against counting every
 * positive–negative pair.
 */
class AreaUnderCurveTests {

	@Test
	void countsATiedPairAsOneHalfInAHandWorkedExample() {
		// Positives score 0.4 and 0.8; negatives 0.1, 0.35 and 0.4. Of the 6 pairs, 0.8
		// wins 3, 0.4 wins 2 and ties
		// 1 (one half): AUC = 5.5 / 6 = 11/12.
		double[] scores = { 0.1, 0.4, 0.35, 0.8, 0.4 };
		boolean[] positives = { false, true, false, true, false };

		assertThat(AreaUnderCurve.of(scores, positives)).isCloseTo(11.0 / 12, within(1e-15));
	}

	@Test
	void isOneForAPerfectRankingZeroForAReversedOneAndOneHalfWhenAllScoresTie() {
		boolean[] positives = { false, false, true, true };

		assertThat(AreaUnderCurve.of(new double[] { 1, 2, 3, 4 }, positives)).isEqualTo(1.0);
		assertThat(AreaUnderCurve.of(new double[] { 4, 3, 2, 1 }, positives)).isEqualTo(0.0);
		assertThat(AreaUnderCurve.of(new double[] { 7, 7, 7, 7 }, positives)).isEqualTo(0.5);
	}

	@Test
	void agreesWithCountingEveryPairOnScoresWithManyTies() {
		Random random = new Random(3);
		int n = 700;
		double[] scores = new double[n];
		boolean[] positives = new boolean[n];
		for (int i = 0; i < n; i++) {
			positives[i] = random.nextDouble() < 0.3;
			// Ratings 1–5 nudged by the outcome, so ties are everywhere.
			scores[i] = Math.min(5, 1 + random.nextInt(5) + (positives[i] ? random.nextInt(2) : 0));
		}

		assertThat(AreaUnderCurve.of(scores, positives)).isCloseTo(pairwise(scores, positives), within(1e-12));
	}

	@Test
	void refusesScoresWithoutBothOutcomesOrWithNaN() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AreaUnderCurve.of(new double[] { 0.2, 0.3 }, new boolean[] { true, true }))
			.withMessage("The AUC needs both outcomes; there are 2 positive and 0 negative observations");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AreaUnderCurve.of(new double[] { 0.2, Double.NaN }, new boolean[] { true, false }))
			.withMessage("Score 2 is not a finite number: NaN");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AreaUnderCurve.of(new double[] { 0.2 }, new boolean[] { true, false }))
			.withMessage("The AUC needs one outcome per score");
	}

	private static double pairwise(double[] scores, boolean[] positives) {
		double wins = 0;
		long pairs = 0;
		for (int i = 0; i < scores.length; i++) {
			for (int j = 0; j < scores.length; j++) {
				if (positives[i] && !positives[j]) {
					wins += (scores[i] > scores[j]) ? 1 : (scores[i] == scores[j]) ? 0.5 : 0;
					pairs++;
				}
			}
		}
		return wins / pairs;
	}

}
