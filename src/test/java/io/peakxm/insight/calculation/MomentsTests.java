package io.peakxm.insight.calculation;

import java.lang.management.ManagementFactory;
import java.util.Random;

import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

import static io.peakxm.insight.calculation.LinearRegressionTests.column;
import static io.peakxm.insight.calculation.LinearRegressionTests.mean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Streamed moments are checked against a two-pass computation written here and against
 * Commons Math's covariance and correlation matrices.
 */
class MomentsTests {

	@Test
	void meansCovariancesAndCorrelationsMatchATwoPassComputation() {
		double[][] rows = ratings(500, 4, 1);
		Moments moments = accumulate(rows);
		double[][] covariance = new Covariance(rows).getCovarianceMatrix().getData();
		double[][] correlation = new PearsonsCorrelation(rows).getCorrelationMatrix().getData();
		double[][] covarianceMatrix = moments.covarianceMatrix();
		double[][] correlationMatrix = moments.correlationMatrix();

		assertThat(moments.n()).isEqualTo(500);
		for (int i = 0; i < 4; i++) {
			assertThat(moments.mean(i)).isCloseTo(mean(column(rows, i)), within(1e-12));
			for (int j = 0; j < 4; j++) {
				assertThat(moments.coMoment(i, j)).as("C(%d, %d)", i, j)
					.isCloseTo(twoPassCoMoment(rows, i, j), within(1e-9 * Math.abs(twoPassCoMoment(rows, i, i))));
				assertThat(covarianceMatrix[i][j]).isCloseTo(covariance[i][j], within(1e-12));
				assertThat(correlationMatrix[i][j]).isCloseTo(correlation[i][j], within(1e-12));
			}
			assertThat(moments.standardDeviation(i)).isCloseTo(Math.sqrt(covariance[i][i]), within(1e-12));
		}
	}

	@Test
	void keepsItsPrecisionWhenTheSpreadIsTinyNextToTheMean() {
		// Around 10⁸ with sd 1, Σx² − n·x̄² would cancel away all 16 digits; deviations
		// from the running mean don't.
		double[][] rows = ratings(1000, 2, 2);
		for (double[] row : rows) {
			row[0] += 1e8;
			row[1] -= 1e8;
		}

		Moments moments = accumulate(rows);

		assertThat(moments.covariance(0, 0)).isCloseTo(twoPassCoMoment(rows, 0, 0) / 999, within(1e-6));
		assertThat(moments.correlation(0, 1))
			.isCloseTo(new PearsonsCorrelation(rows).getCorrelationMatrix().getEntry(0, 1), within(1e-6));
	}

	@Test
	void mergingPartsEqualsAddingAllRows() {
		double[][] rows = ratings(300, 3, 3);
		Moments whole = accumulate(rows);
		Moments first = new Moments(3);
		Moments second = new Moments(3);
		Moments empty = new Moments(3);
		for (int i = 0; i < rows.length; i++) {
			((i < 37) ? first : second).add(rows[i]);
		}

		Moments merged = Moments.merge(3, empty, first, empty, second);

		assertThat(merged.n()).isEqualTo(300);
		for (int i = 0; i < 3; i++) {
			assertThat(merged.mean(i)).isCloseTo(whole.mean(i), within(1e-12));
			for (int j = 0; j <= i; j++) {
				assertThat(merged.coMoment(i, j)).isCloseTo(whole.coMoment(i, j), within(1e-12 * whole.coMoment(i, i)));
			}
		}
	}

	@Test
	void addingRowsAllocatesNothing() {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		Moments moments = new Moments(16);
		double[] row = new double[16];
		moments.add(row);
		long before = threads.getCurrentThreadAllocatedBytes();
		for (int i = 0; i < 100_000; i++) {
			row[i % 16] = i;
			moments.add(row);
		}
		long allocated = threads.getCurrentThreadAllocatedBytes() - before;

		assertThat(allocated).as("bytes allocated by 100,000 rows").isLessThan(1024);
	}

	@Test
	void statisticsNeedTwoRowsAndVariation() {
		Moments moments = new Moments(2);
		moments.add(new double[] { 1, 5 });

		assertThat(moments.covariance(0, 0)).isNaN();
		moments.add(new double[] { 2, 5 });
		assertThat(moments.covariance(0, 0)).isEqualTo(0.5);
		assertThat(moments.correlation(0, 1)).as("the second variable is constant").isNaN();
		assertThatIllegalArgumentException().isThrownBy(() -> moments.add(new double[] { 1 }))
			.withMessageContaining("needs 2 values");
		assertThatIllegalArgumentException().isThrownBy(() -> moments.add(new Moments(3)))
			.withMessageContaining("3 variables");
	}

	static Moments accumulate(double[][] rows) {
		Moments moments = new Moments(rows[0].length);
		for (double[] row : rows) {
			moments.add(row);
		}
		return moments;
	}

	/** Ratings around 3 with a shared factor, so the columns correlate. */
	static double[][] ratings(int n, int k, long seed) {
		return LinearRegressionTests.correlatedPredictors(n, k, seed);
	}

	private static double twoPassCoMoment(double[][] rows, int i, int j) {
		double meanI = mean(column(rows, i));
		double meanJ = mean(column(rows, j));
		double sum = 0;
		for (double[] row : rows) {
			sum += (row[i] - meanI) * (row[j] - meanJ);
		}
		return sum;
	}

}
