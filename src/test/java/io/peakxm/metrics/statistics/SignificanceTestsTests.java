package io.peakxm.metrics.statistics;

import io.peakxm.metrics.statistics.SignificanceTests.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Expected values are worked out by hand in the comments, with p-values read from normal
 * and t tables (and cross-checked with SciPy), not by calling the code under test.
 */
class SignificanceTestsTests {

	@Test
	void npsChangeUsesAZTestOnTheScoreDifference() {
		// Group 1: P = 50, passives = 30, D = 20 (n = 100): p = 0.5, d = 0.2, NPS = 30
		// variance = (0.5 + 0.2 - 0.3²) / 100 = 0.61 / 100 = 0.0061
		// Group 2: P = 60, passives = 25, D = 15 (n = 100): p = 0.6, d = 0.15, NPS = 45
		// variance = (0.6 + 0.15 - 0.45²) / 100 = 0.5475 / 100 = 0.005475
		// z = 0.15 / sqrt(0.011575) = 0.15 / 0.107587 = 1.394218; Φ(1.394218) = 0.918374,
		// p = 2 * 0.081626 = 0.163252
		Change change = SignificanceTests.nps(50, 30, 20, 60, 25, 15);
		assertThat(change.difference()).isCloseTo(15.0, within(1e-9));
		assertThat(change.statistic()).isCloseTo(1.394218, within(1e-6));
		assertThat(change.pValue()).isCloseTo(0.163252, within(1e-5));
		assertThat(change.significant()).isFalse();
		assertThat(change.testable()).isTrue();
	}

	@Test
	void npsChangeOfTheSameScoresWithTenTimesTheRatingsIsSignificant() {
		// Proportions as above with n = 1000 on each side: variances shrink tenfold, so
		// z = 0.15 / sqrt(0.0011575) = 0.15 / 0.034022 = 4.408905; p = 2 * (1 -
		// Φ(4.408905)) = 1.039e-5
		Change change = SignificanceTests.nps(500, 300, 200, 600, 250, 150);
		assertThat(change.difference()).isCloseTo(15.0, within(1e-9));
		assertThat(change.statistic()).isCloseTo(4.408905, within(1e-6));
		assertThat(change.pValue()).isCloseTo(1.039e-5, within(1e-8));
		assertThat(change.significant()).isTrue();

		// Swapping the groups flips the signs and keeps the p-value.
		Change reverse = SignificanceTests.nps(600, 250, 150, 500, 300, 200);
		assertThat(reverse.difference()).isCloseTo(-15.0, within(1e-9));
		assertThat(reverse.statistic()).isCloseTo(-4.408905, within(1e-6));
		assertThat(reverse.pValue()).isCloseTo(change.pValue(), within(1e-12));
	}

	@Test
	void npsChangeIsNotTestableWithoutRatingsOrVariation() {
		Change empty = SignificanceTests.nps(0, 0, 0, 5, 1, 1);
		assertThat(empty.difference()).isNaN();
		assertNotTestable(empty);

		// All promoters against all detractors: -200 points, but both variances are (1 -
		// 1²) / n = 0.
		Change constant = SignificanceTests.nps(10, 0, 0, 0, 0, 12);
		assertThat(constant.difference()).isCloseTo(-200.0, within(1e-9));
		assertNotTestable(constant);

		assertThatIllegalArgumentException().isThrownBy(() -> SignificanceTests.nps(1, 1, 1, 1, -1, 1));
	}

	@Test
	void sharesChangeUsesThePooledTwoProportionZTest() {
		// 45 / 100 against 60 / 100: pooled = 105 / 200 = 0.525
		// se = sqrt(0.525 * 0.475 * (1 / 100 + 1 / 100)) = sqrt(0.0049875) = 0.070622
		// z = 0.15 / 0.070622 = 2.123977; Φ(2.124) ≈ 0.98316, p = 2 * 0.01684 = 0.03367
		Change change = SignificanceTests.shares(45, 100, 60, 100);
		assertThat(change.difference()).isCloseTo(15.0, within(1e-9));
		assertThat(change.statistic()).isCloseTo(2.123977, within(1e-6));
		assertThat(change.pValue()).isCloseTo(0.03367, within(1e-4));
		assertThat(change.significant()).isTrue();
	}

	@Test
	void sharesChangeIsNotTestableWithoutObservationsOrVariation() {
		Change empty = SignificanceTests.shares(0, 0, 3, 10);
		assertThat(empty.difference()).isNaN();
		assertNotTestable(empty);

		// No hits on either side: pooled = 0, se = 0.
		Change none = SignificanceTests.shares(0, 10, 0, 20);
		assertThat(none.difference()).isZero();
		assertNotTestable(none);

		// Every observation a hit on both sides: pooled = 1, se = 0.
		assertNotTestable(SignificanceTests.shares(10, 10, 20, 20));

		assertThatIllegalArgumentException().isThrownBy(() -> SignificanceTests.shares(11, 10, 1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> SignificanceTests.shares(1, 10, -1, 10));
	}

	@Test
	void meansChangeUsesWelchsTTest() {
		// Group 1: 2, 4, 6: n = 3, Σx = 12, Σx² = 56, mean = 4, s² = (56 - 48) / 2 = 4,
		// s² / n = 1.333333
		// Group 2: 5, 7, 9, 11, 13: n = 5, Σx = 45, Σx² = 445, mean = 9, s² = (445 - 405)
		// / 4 = 10, s² / n = 2
		// t = 5 / sqrt(3.333333) = 5 / 1.825742 = 2.738613
		// df = 3.333333² / (1.333333² / 2 + 2² / 4) = 11.111111 / 1.888889 = 5.882353
		// two-sided p with 5.88 df = 0.034489 (between the df 5 and df 6 table values;
		// SciPy ttest_ind agrees)
		Change change = SignificanceTests.means(3, 12, 56, 5, 45, 445);
		assertThat(change.difference()).isCloseTo(5.0, within(1e-12));
		assertThat(change.statistic()).isCloseTo(2.738613, within(1e-6));
		assertThat(change.pValue()).isCloseTo(0.034489, within(1e-5));
		assertThat(change.significant()).isTrue();
	}

	@Test
	void meansChangeWithOneConstantGroupUsesTheOtherGroupsDegreesOfFreedom() {
		// Group 1: 5, 5, 5 (s² = 0); group 2 as above: mean 9, s² / n = 2
		// t = 4 / sqrt(2) = 2.828427; df = 2² / (0 + 2² / 4) = 4 = n2 - 1
		// t(4, 0.975) = 2.776 < 2.828427, so p is just below 0.05: 0.047421
		Change change = SignificanceTests.means(3, 15, 75, 5, 45, 445);
		assertThat(change.difference()).isCloseTo(4.0, within(1e-12));
		assertThat(change.statistic()).isCloseTo(2.828427, within(1e-6));
		assertThat(change.pValue()).isCloseTo(0.047421, within(1e-5));
		assertThat(change.significant()).isTrue();
	}

	@Test
	void meansChangeIsNotTestableWithTooFewObservationsOrNoVariation() {
		Change empty = SignificanceTests.means(0, 0, 0, 5, 45, 445);
		assertThat(empty.difference()).isNaN();
		assertNotTestable(empty);

		// One observation (7) against a mean of 9: the difference is known, its variance
		// is not.
		Change single = SignificanceTests.means(1, 7, 49, 5, 45, 445);
		assertThat(single.difference()).isCloseTo(2.0, within(1e-12));
		assertNotTestable(single);

		// 4, 4 against 6, 6, 6: both variances 0.
		Change constant = SignificanceTests.means(2, 8, 32, 3, 18, 108);
		assertThat(constant.difference()).isCloseTo(2.0, within(1e-12));
		assertNotTestable(constant);

		assertThatIllegalArgumentException().isThrownBy(() -> SignificanceTests.means(2, 1, -1, 2, 1, 1));
	}

	@Test
	void changesAreSignificantOnlyBelowFivePercent() {
		// 50 / 100 against 50 / 100: z = 0, p = 1.
		Change same = SignificanceTests.shares(50, 100, 50, 100);
		assertThat(same.statistic()).isZero();
		assertThat(same.pValue()).isCloseTo(1.0, within(1e-12));
		assertThat(same.significant()).isFalse();
		assertThat(same.testable()).isTrue();
	}

	private static void assertNotTestable(Change change) {
		assertThat(change.testable()).isFalse();
		assertThat(change.statistic()).isNaN();
		assertThat(change.pValue()).isNaN();
		assertThat(change.significant()).isFalse();
	}

}
