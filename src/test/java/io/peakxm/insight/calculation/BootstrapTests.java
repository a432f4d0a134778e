package io.peakxm.insight.calculation;

import java.util.Random;

import io.peakxm.insight.calculation.Bootstrap.Estimate;
import io.peakxm.insight.calculation.Bootstrap.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Intervals are checked against what they must contain, against the normal-theory width
 * and against a bootstrap distribution small enough to enumerate.
 */
class BootstrapTests {

	@Test
	void intervalOfTheMeanContainsTheSampleMean() {
		double[] sample = sample(100, 1);

		Estimate mean = Bootstrap.percentileIntervals(sample.length, 2000, 2, (rows) -> mean(sample, rows)).estimate(0);

		assertThat(mean.value()).isCloseTo(LinearRegressionTests.mean(sample), within(1e-12));
		assertThat(mean.contains(mean.value())).isTrue();
		assertThat(mean.low()).isLessThan(mean.value());
		assertThat(mean.high()).isGreaterThan(mean.value());
	}

	@Test
	void intervalOfTheMeanIsAsWideAsNormalTheorySays() {
		// For a mean, the 95% interval is about ±1.96·s/√n; the bootstrap's s uses n, not
		// n − 1.
		double[] sample = sample(400, 3);
		double se = LinearRegressionTests.standardDeviation(sample) * Math.sqrt((sample.length - 1.0) / sample.length)
				/ Math.sqrt(sample.length);

		Estimate mean = Bootstrap.percentileIntervals(sample.length, 4000, 4, (rows) -> mean(sample, rows)).estimate(0);

		assertThat(mean.width()).isCloseTo(2 * 1.959964 * se, within(0.1 * 2 * 1.959964 * se));
	}

	@Test
	void intervalIsNarrowerWithMoreData() {
		double[] small = sample(50, 5);
		double[] large = sample(800, 5);

		Estimate fromSmall = Bootstrap.percentileIntervals(small.length, 1000, 6, (rows) -> mean(small, rows))
			.estimate(0);
		Estimate fromLarge = Bootstrap.percentileIntervals(large.length, 1000, 6, (rows) -> mean(large, rows))
			.estimate(0);

		// The width shrinks like 1/√n: here by about √16 = 4.
		assertThat(fromLarge.width()).isLessThan(fromSmall.width() / 2);
	}

	@Test
	void sameSeedGivesTheSameResult() {
		double[] sample = sample(60, 7);
		Bootstrap.Statistic meanAndMax = (rows) -> new double[] { mean(sample, rows)[0], max(sample, rows) };

		Result first = Bootstrap.percentileIntervals(sample.length, 500, 8, meanAndMax);

		assertThat(Bootstrap.percentileIntervals(sample.length, 500, 8, meanAndMax)).isEqualTo(first);
		assertThat(Bootstrap.percentileIntervals(sample.length, 500, 9, meanAndMax)).isNotEqualTo(first);
		assertThat(first.estimates()).hasSize(2);
		assertThat(first.resamples()).isEqualTo(500);
		assertThat(first.discarded()).isZero();
	}

	@Test
	void intervalMatchesAnEnumerableBootstrapDistribution() {
		// Resampling the two values {0, 1} gives the means 0, ½ and 1 with probabilities
		// ¼, ½ and ¼, so with many
		// resamples the 2.5% percentile is 0 and the 97.5% percentile is 1.
		double[] sample = { 0, 1 };

		Estimate mean = Bootstrap.percentileIntervals(2, 5000, 10, (rows) -> mean(sample, rows)).estimate(0);

		assertThat(mean.value()).isEqualTo(0.5);
		assertThat(mean.low()).isEqualTo(0.0);
		assertThat(mean.high()).isEqualTo(1.0);
	}

	@Test
	void aSingleRowHasADegenerateInterval() {
		Estimate mean = Bootstrap.percentileIntervals(1, 100, 11, (rows) -> new double[] { 42 + rows[0] }).estimate(0);

		assertThat(mean).isEqualTo(new Estimate(42, 42, 42));
	}

	@Test
	void percentilesInterpolateBetweenOrderStatistics() {
		// Sorted 1, 2, 3, 4, 5; h = (5 − 1)·p: p = 0.25 → h = 1 → 2; p = 0.1 → h = 0.4 →
		// 1 + 0.4·(2 − 1) = 1.4;
		// p = 0.975 → h = 3.9 → 4 + 0.9·(5 − 4) = 4.9; p = 0.025 → h = 0.1 → 1.1.
		double[] values = { 5, 1, 4, 2, 3 };

		assertThat(Bootstrap.percentile(values, 0.25)).isCloseTo(2.0, within(1e-12));
		assertThat(Bootstrap.percentile(values, 0.1)).isCloseTo(1.4, within(1e-12));
		assertThat(Bootstrap.percentile(values, 0.975)).isCloseTo(4.9, within(1e-12));
		assertThat(Bootstrap.percentile(values, 0.025)).isCloseTo(1.1, within(1e-12));
		assertThat(Bootstrap.percentile(values, 0)).isEqualTo(1.0);
		assertThat(Bootstrap.percentile(values, 1)).isEqualTo(5.0);
		assertThat(Bootstrap.percentile(new double[] { 7 }, 0.5)).isEqualTo(7.0);
		assertThat(values).containsExactly(5, 1, 4, 2, 3);
	}

	@Test
	void discardsAndCountsResamplesWhereTheStatisticIsUndefined() {
		// The statistic needs two distinct rows of two; a resample of two rows has them
		// with probability ½.
		Result result = Bootstrap.percentileIntervals(2, 1000, 12, (rows) -> {
			if (rows[0] == rows[1]) {
				throw new IllegalArgumentException("needs both rows");
			}
			return new double[] { 1 };
		});

		assertThat(result.resamples() + result.discarded()).isEqualTo(1000);
		assertThat(result.discarded()).isBetween(400, 600);
		assertThat(result.estimate(0)).isEqualTo(new Estimate(1, 1, 1));
	}

	@Test
	void bootstrapsRegressionWeightsFromRowIndices() {
		double[][] x = LinearRegressionTests.correlatedPredictors(120, 2, 13);
		double[] y = LinearRegressionTests.noisyOutcome(x, 14);

		Result result = Bootstrap.percentileIntervals(x.length, 300, 15,
				(rows) -> LinearRegression.fit(x, y, rows).standardizedCoefficients());

		double[] betas = LinearRegression.fit(x, y).standardizedCoefficients();
		for (int j = 0; j < 2; j++) {
			assertThat(result.estimate(j).value()).isEqualTo(betas[j]);
			assertThat(result.estimate(j).contains(betas[j])).isTrue();
		}
	}

	@Test
	void rejectsAStatisticUndefinedOnAllRowsAndImpossibleCounts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Bootstrap.percentileIntervals(3, 10, 1, (rows) -> new double[] { Double.NaN }))
			.withMessageContaining("not finite on all rows");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Bootstrap.percentileIntervals(0, 10, 1, (rows) -> new double[] { 1 }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Bootstrap.percentileIntervals(3, 0, 1, (rows) -> new double[] { 1 }));
		assertThatIllegalArgumentException().isThrownBy(() -> Bootstrap.percentile(new double[0], 0.5));
		assertThatIllegalArgumentException().isThrownBy(() -> Bootstrap.percentile(new double[] { 1 }, 1.5));
	}

	private static double[] sample(int n, long seed) {
		Random random = new Random(seed);
		double[] sample = new double[n];
		for (int i = 0; i < n; i++) {
			sample[i] = 10 + 2 * random.nextGaussian();
		}
		return sample;
	}

	private static double[] mean(double[] sample, int[] rows) {
		double sum = 0;
		for (int row : rows) {
			sum += sample[row];
		}
		return new double[] { sum / rows.length };
	}

	private static double max(double[] sample, int[] rows) {
		double max = Double.NEGATIVE_INFINITY;
		for (int row : rows) {
			max = Math.max(max, sample[row]);
		}
		return max;
	}

}
