package io.peakxm.insight.prediction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Predictions are counted against outcomes at a probability of one half.
 */
class ConfusionCountsTests {

	@Test
	void flagsAProbabilityOfExactlyOneHalfAsAtRisk() {
		double[] probabilities = { 0.9, 0.5, 0.49, 0.1, 0.7, 0.2 };
		boolean[] atRisk = { true, false, true, false, true, false };

		ConfusionCounts counts = ConfusionCounts.of(probabilities, atRisk);

		assertThat(counts).isEqualTo(new ConfusionCounts(2, 1, 2, 1));
		assertThat(counts.total()).isEqualTo(6);
		assertThat(counts.accuracy()).isEqualTo(4.0 / 6);
		assertThat(counts.precision()).isEqualTo(2.0 / 3);
		assertThat(counts.recall()).isEqualTo(2.0 / 3);
	}

}
