package io.peakxm.insight.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

import static io.peakxm.insight.calculation.LinearRegressionTests.correlatedPredictors;
import static io.peakxm.insight.calculation.LinearRegressionTests.noisyOutcome;
import static io.peakxm.insight.calculation.LinearRegressionTests.standardDeviation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Cross-validation on fold moments is checked against held-out predictions made row by
 * row with Commons Math, and the block bootstrap against the row bootstrap of
 * {@link Bootstrap} and the textbook standard error.
 */
class MomentBlocksTests {

	@Test
	void totalsAreAllRowsWhateverTheBlocks() {
		double[][] rows = MomentsTests.ratings(1000, 3, 1);
		MomentBlocks blocks = new MomentBlocks(3, 50, 2);
		for (double[] row : rows) {
			blocks.add(row);
		}
		Moments direct = MomentsTests.accumulate(rows);

		Moments total = blocks.total();

		assertThat(blocks.n()).isEqualTo(1000);
		assertThat(total.n()).isEqualTo(1000);
		for (int i = 0; i < 3; i++) {
			assertThat(total.mean(i)).isCloseTo(direct.mean(i), within(1e-12));
			for (int j = 0; j <= i; j++) {
				assertThat(total.coMoment(i, j)).isCloseTo(direct.coMoment(i, j), within(1e-10));
			}
		}
		long folded = 0;
		for (Moments fold : blocks.folds(4)) {
			assertThat(fold.n()).as("a quarter of the rows").isBetween(200L, 300L);
			folded += fold.n();
		}
		assertThat(folded).isEqualTo(1000);
	}

	@Test
	void sameSeedAndRowOrderGiveTheSameBlocks() {
		double[][] rows = MomentsTests.ratings(400, 2, 3);

		Moments[] first = foldsOf(rows, 5);

		Moments[] again = foldsOf(rows, 5);
		Moments[] otherSeed = foldsOf(rows, 6);
		for (int f = 0; f < 4; f++) {
			assertThat(again[f].n()).isEqualTo(first[f].n());
			assertThat(again[f].coMoment(0, 1)).isEqualTo(first[f].coMoment(0, 1));
		}
		assertThat(otherSeed[0].coMoment(0, 1)).isNotEqualTo(first[0].coMoment(0, 1));
	}

	@Test
	void crossValidatedRmseFromFoldMomentsEqualsARowByRowComputationWithTheSameFolds() {
		int n = 2000;
		double[][] x = correlatedPredictors(n, 3, 11);
		double[] y = noisyOutcome(x, 12);
		MomentBlocks blocks = new MomentBlocks(4, 40, 0);
		int[] fold = new int[n];
		Random random = new Random(13);
		for (int i = 0; i < n; i++) {
			int block = random.nextInt(40);
			blocks.add(block, new double[] { x[i][0], x[i][1], x[i][2], y[i] });
			fold[i] = block % 5;
		}

		double rmse = LinearRegression.crossValidatedRmse(blocks, 5, 3, 0, 1, 2);

		double squaredErrors = 0;
		for (int f = 0; f < 5; f++) {
			double[] parameters = commonsMathFit(x, y, fold, f);
			for (int i = 0; i < n; i++) {
				if (fold[i] == f) {
					double error = y[i] - parameters[0] - parameters[1] * x[i][0] - parameters[2] * x[i][1]
							- parameters[3] * x[i][2];
					squaredErrors += error * error;
				}
			}
		}
		double expected = Math.sqrt(squaredErrors / n);
		assertThat(rmse).isCloseTo(expected, within(1e-9 * expected));
		assertThat(rmse).as("noise of sd 1").isCloseTo(1.0, within(0.1));
	}

	@Test
	void blockBootstrapIntervalIsCloseToRowBootstrap() {
		// Rows fall into 200 blocks at random, so resampling blocks approximates
		// resampling rows: the standard
		// error of a slope agrees with the row bootstrap's and with the textbook one
		// within the few percent that
		// 200 blocks and 500 resamples leave.
		int n = 20_000;
		double[][] x = correlatedPredictors(n, 3, 21);
		double[] y = noisyOutcome(x, 22);
		MomentBlocks blocks = new MomentBlocks(4, MomentBlocks.DEFAULT_BLOCKS, 23);
		for (int i = 0; i < n; i++) {
			blocks.add(new double[] { x[i][0], x[i][1], x[i][2], y[i] });
		}
		List<Double> fromBlocks = new ArrayList<>();
		List<Double> fromRows = new ArrayList<>();

		Bootstrap.Result blockResult = blocks.bootstrap(500, 24,
				(moments) -> record(fromBlocks, LinearRegression.fit(moments, 3, 0, 1, 2).coefficients()[0]));
		Bootstrap.Result rowResult = Bootstrap.percentileIntervals(n, 500, 25,
				(rows) -> record(fromRows, LinearRegression.fit(x, y, rows).coefficients()[0]));

		OLSMultipleLinearRegression reference = new OLSMultipleLinearRegression();
		reference.newSampleData(y, x);
		double textbook = reference.estimateRegressionParametersStandardErrors()[1];
		double blockError = bootstrapStandardError(fromBlocks);
		double rowError = bootstrapStandardError(fromRows);
		assertThat(blockError).isCloseTo(rowError, within(0.2 * rowError));
		assertThat(blockError).isCloseTo(textbook, within(0.2 * textbook));
		assertThat(rowError).isCloseTo(textbook, within(0.2 * textbook));
		assertThat(blockResult.estimate(0).value()).isCloseTo(rowResult.estimate(0).value(), within(1e-9));
		assertThat(blockResult.estimate(0).width()).isCloseTo(rowResult.estimate(0).width(),
				within(0.25 * rowResult.estimate(0).width()));
	}

	@Test
	void blockBootstrapDiscardsAndCountsResamplesWhereTheStatisticIsUndefined() {
		MomentBlocks blocks = new MomentBlocks(1, 20, 31);
		for (int i = 0; i < 2000; i++) {
			blocks.add(new double[] { i });
		}

		// A resample holds about as many rows as the data; the statistic is undefined on
		// the larger half.
		Bootstrap.Result result = blocks.bootstrap(400, 32,
				(moments) -> new double[] { (moments.n() <= 2000) ? moments.mean(0) : Double.NaN });

		assertThat(result.discarded()).isBetween(100, 300);
		assertThat(result.resamples() + result.discarded()).isEqualTo(400);
		assertThat(result.estimate(0).value()).isCloseTo(999.5, within(1e-9));
	}

	@Test
	void rejectsImpossibleBlockAndFoldCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MomentBlocks(2, 1, 0))
			.withMessageContaining("At least 2 blocks");
		assertThatIllegalArgumentException().isThrownBy(() -> new MomentBlocks(2, 10, 0).folds(11))
			.withMessageContaining("2 to 10 folds");
	}

	private static Moments[] foldsOf(double[][] rows, long seed) {
		MomentBlocks blocks = new MomentBlocks(2, 20, seed);
		for (double[] row : rows) {
			blocks.add(row);
		}
		return blocks.folds(4);
	}

	/** Commons Math's fit on the rows outside one fold: intercept, then slopes. */
	private static double[] commonsMathFit(double[][] x, double[] y, int[] fold, int heldOut) {
		List<double[]> trainingX = new ArrayList<>();
		List<Double> trainingY = new ArrayList<>();
		for (int i = 0; i < y.length; i++) {
			if (fold[i] != heldOut) {
				trainingX.add(x[i]);
				trainingY.add(y[i]);
			}
		}
		OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
		regression.newSampleData(trainingY.stream().mapToDouble(Double::doubleValue).toArray(),
				trainingX.toArray(double[][]::new));
		return regression.estimateRegressionParameters();
	}

	private static double[] record(List<Double> replicates, double value) {
		replicates.add(value);
		return new double[] { value };
	}

	/**
	 * The spread of the replicates; the first call of the statistic is the estimate on
	 * all rows, not a resample.
	 */
	private static double bootstrapStandardError(List<Double> replicates) {
		return standardDeviation(
				replicates.subList(1, replicates.size()).stream().mapToDouble(Double::doubleValue).toArray());
	}

}
