package io.peakxm.insight.prediction;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reservoir sample is uniform and the held-out split keeps each outcome's share.
 */
class SamplingTests {

	@Test
	void keepsEveryRowWhenThereAreNoMoreThanTheCap() {
		assertThat(Sampling.reservoir(5, 5, new SplittableRandom(1))).containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void samplesDistinctRowsInIncreasingOrder() {
		int[] sample = Sampling.reservoir(1000, 100, new SplittableRandom(2));

		assertThat(sample).hasSize(100).isSorted().doesNotHaveDuplicates();
		assertThat(sample[0]).isNotNegative();
		assertThat(sample[99]).isLessThan(1000);
	}

	@Test
	void givesEveryRowTheSameChanceOfBeingSampled() {
		// 10 of 40 rows, 20,000 times: each row is expected 5,000 times, with a standard
		// deviation of about 61.
		int[] counts = new int[40];
		SplittableRandom random = new SplittableRandom(3);
		for (int draw = 0; draw < 20_000; draw++) {
			for (int row : Sampling.reservoir(40, 10, random)) {
				counts[row]++;
			}
		}

		assertThat(Arrays.stream(counts).min().getAsInt()).isGreaterThan(5000 - 300);
		assertThat(Arrays.stream(counts).max().getAsInt()).isLessThan(5000 + 300);
	}

	@Test
	void holdsOutTheSameShareOfEachOutcomeAndKeepsTheRestForTraining() {
		boolean[] atRisk = new boolean[1000];
		IntStream.range(0, 1000).filter((i) -> i % 4 == 0).forEach((i) -> atRisk[i] = true);

		Sampling.Split split = Sampling.stratified(Sampling.identity(1000), atRisk, 0.2, new SplittableRandom(4));

		assertThat(split.heldOut()).hasSize(200);
		assertThat(Arrays.stream(split.heldOut()).filter((row) -> atRisk[row]).count()).isEqualTo(50);
		assertThat(split.training()).hasSize(800);
		assertThat(IntStream.concat(Arrays.stream(split.training()), Arrays.stream(split.heldOut())).sorted().toArray())
			.isEqualTo(Sampling.identity(1000));
	}

}
