package io.peakxm.insight.calculation;

import java.util.Arrays;
import java.util.Random;

import io.peakxm.insight.calculation.RelativeWeights.NoiseComparison;
import io.peakxm.insight.calculation.RelativeWeights.Weights;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

import static io.peakxm.insight.calculation.LinearRegressionTests.column;
import static io.peakxm.insight.calculation.LinearRegressionTests.mean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

/**
 * Checks the weights against what they must equal by theory (R² of the full model,
 * squared correlations when the drivers are uncorrelated) and against a case worked out
 * by hand.
 */
class RelativeWeightsTests {

	@Test
	void rawWeightsSumToTheRSquaredOfTheFullModel() {
		double[][] x = LinearRegressionTests.correlatedPredictors(200, 4, 71);
		double[] y = LinearRegressionTests.noisyOutcome(x, 72);
		OLSMultipleLinearRegression reference = new OLSMultipleLinearRegression();
		reference.newSampleData(y, x);

		Weights weights = RelativeWeights.of(x, y);

		assertThat(Arrays.stream(weights.raw()).sum()).isCloseTo(reference.calculateRSquared(), within(1e-10));
		assertThat(weights.rSquared()).isCloseTo(reference.calculateRSquared(), within(1e-10));
		assertThat(Arrays.stream(weights.raw()).min().getAsDouble()).isPositive();
		assertThat(Arrays.stream(weights.shares()).sum()).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void weightsFromMomentsSumToTheRSquaredOfTheFullModelAndEqualWeightsFromRows() {
		double[][] x = LinearRegressionTests.correlatedPredictors(500, 4, 73);
		double[] y = LinearRegressionTests.noisyOutcome(x, 74);
		Moments moments = new Moments(5);
		for (int i = 0; i < x.length; i++) {
			moments.add(new double[] { y[i], x[i][0], x[i][1], x[i][2], x[i][3] });
		}
		OLSMultipleLinearRegression reference = new OLSMultipleLinearRegression();
		reference.newSampleData(y, x);

		Weights weights = RelativeWeights.of(moments, 0, 1, 2, 3, 4);

		assertThat(Arrays.stream(weights.raw()).sum()).isCloseTo(reference.calculateRSquared(), within(1e-9));
		assertThat(weights.raw()).containsExactly(RelativeWeights.of(x, y).raw(), within(1e-12));
	}

	@Test
	void uncorrelatedDriversWeighTheirSquaredCorrelation() {
		// A 2³ factorial design, replicated twice: the ±1 columns are exactly
		// uncorrelated, so R = I, Λ½ = I,
		// β = r and ε_j = r(x_j, y)².
		double[][] x = new double[16][3];
		for (int i = 0; i < 16; i++) {
			int cell = i % 8;
			x[i][0] = ((cell & 1) == 0) ? -1 : 1;
			x[i][1] = ((cell & 2) == 0) ? -1 : 1;
			x[i][2] = ((cell & 4) == 0) ? -1 : 1;
		}
		Random random = new Random(81);
		double[] y = new double[16];
		for (int i = 0; i < 16; i++) {
			y[i] = 0.8 * x[i][0] - 0.3 * x[i][1] + 0.1 * x[i][2] + random.nextGaussian();
		}

		Weights weights = RelativeWeights.of(x, y);

		for (int j = 0; j < 3; j++) {
			double r = correlation(column(x, j), y);
			assertThat(weights.raw()[j]).as("driver %d", j).isCloseTo(r * r, within(1e-12));
		}
	}

	@Test
	void twoDriversWorkedByHand() {
		// R = [[1, ρ], [ρ, 1]] with ρ = 0.6, r = (0.5, 0.3).
		// Eigenvalues 1 ± ρ = 1.6 and 0.4 with eigenvectors (1, 1)/√2 and (1, −1)/√2, so
		// Λ½ = [[a, b], [b, a]] with a = (√1.6 + √0.4)/2, b = (√1.6 − √0.4)/2: a² = (1 +
		// √(1 − ρ²))/2 = 0.9 and
		// b² = (1 − √(1 − ρ²))/2 = 0.1.
		// β = Λ½⁻¹·r = Q·diag(1/√1.6, 1/√0.4)·Qᵀ·r: Qᵀr = (0.8, 0.2)/√2, scaled
		// (0.8/√3.2, 0.2/√0.8)
		// = (0.447214, 0.223607), so β = ((0.447214 + 0.223607)/√2, (0.447214 −
		// 0.223607)/√2)
		// = (0.474342, 0.158114) = (1.5, 0.5)/√10, β² = (0.225, 0.025).
		// ε1 = a²β1² + b²β2² = 0.9·0.225 + 0.1·0.025 = 0.205; ε2 = b²β1² + a²β2² = 0.0225
		// + 0.0225 = 0.045.
		// Check: R² = (r1² + r2² − 2ρ·r1·r2)/(1 − ρ²) = (0.25 + 0.09 − 0.18)/0.64 = 0.25
		// = 0.205 + 0.045.
		Weights weights = RelativeWeights.fromCorrelations(new double[][] { { 1, 0.6 }, { 0.6, 1 } },
				new double[] { 0.5, 0.3 });

		assertThat(weights.raw()).containsExactly(new double[] { 0.205, 0.045 }, within(1e-12));
		assertThat(weights.rSquared()).isCloseTo(0.25, within(1e-12));
		assertThat(weights.shares()).containsExactly(new double[] { 0.82, 0.18 }, within(1e-12));
	}

	@Test
	void weightsFromDataEqualWeightsFromTheirCorrelations() {
		double[][] x = LinearRegressionTests.correlatedPredictors(100, 3, 91);
		double[] y = LinearRegressionTests.noisyOutcome(x, 92);
		double[][] rxx = new double[3][3];
		double[] rxy = new double[3];
		for (int j = 0; j < 3; j++) {
			for (int k = 0; k < 3; k++) {
				rxx[j][k] = (j == k) ? 1 : correlation(column(x, j), column(x, k));
			}
			rxy[j] = correlation(column(x, j), y);
		}

		assertThat(RelativeWeights.of(x, y).raw()).containsExactly(RelativeWeights.fromCorrelations(rxx, rxy).raw(),
				within(1e-12));
	}

	@Test
	void aPureNoiseDriverWeighsLittle() {
		int n = 3000;
		double[][] x = LinearRegressionTests.correlatedPredictors(n, 3, 101);
		Random random = new Random(102);
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			y[i] = x[i][0] + 0.5 * x[i][1] + 0.25 * x[i][2] + random.nextGaussian();
		}

		NoiseComparison comparison = RelativeWeights.withNoiseDriver(x, y, 103);

		// A noise driver's expected squared correlation with y is 1/(n − 1) ≈ 0.0003.
		assertThat(comparison.noiseWeight()).isBetween(0.0, 0.005);
		assertThat(comparison.weights().driverCount()).isEqualTo(4);
		assertThat(comparison.driverWeights()).hasSize(3);
		assertThat(Arrays.stream(comparison.driverWeights()).min().getAsDouble()).isGreaterThan(0.02);
		assertThat(comparison.aboveNoise()).containsExactly(true, true, true);
		assertThat(comparison.marginsOverNoise()[0]).isCloseTo(comparison.driverWeights()[0] - comparison.noiseWeight(),
				within(1e-15));
	}

	@Test
	void noiseDriverIsDeterministicAndTravelsWithItsRow() {
		double[][] x = LinearRegressionTests.correlatedPredictors(80, 2, 111);
		double[] y = LinearRegressionTests.noisyOutcome(x, 112);
		int[] reversed = new int[80];
		for (int i = 0; i < 80; i++) {
			reversed[i] = 79 - i;
		}

		NoiseComparison first = RelativeWeights.withNoiseDriver(x, y, 113);

		// Weights do not depend on the order of the rows, so if each row keeps its noise
		// value they are the same.
		assertThat(RelativeWeights.withNoiseDriver(x, y, reversed, 113).weights().raw())
			.containsExactly(first.weights().raw(), within(1e-12));
		assertThat(RelativeWeights.withNoiseDriver(x, y, 113).weights().raw()).containsExactly(first.weights().raw());
		assertThat(RelativeWeights.withNoiseDriver(x, y, 114).noiseWeight()).isNotEqualTo(first.noiseWeight());
	}

	@Test
	void rejectsCollinearOrInconsistentCorrelations() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RelativeWeights.fromCorrelations(new double[][] { { 1, 1 }, { 1, 1 } },
					new double[] { 0.5, 0.5 }))
			.withMessageContaining("singular");
		// Pairwise correlations that no data set can have: the matrix has a negative
		// eigenvalue.
		double[][] impossible = { { 1, 0.9, 0.9 }, { 0.9, 1, -0.9 }, { 0.9, -0.9, 1 } };
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RelativeWeights.fromCorrelations(impossible, new double[] { 0.1, 0.1, 0.1 }))
			.withMessageContaining("not positive definite");
		// Uncorrelated drivers can't both correlate 0.8 with the outcome: R² would be
		// 1.28.
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RelativeWeights.fromCorrelations(new double[][] { { 1, 0 }, { 0, 1 } },
					new double[] { 0.8, 0.8 }))
			.withMessageContaining("inconsistent");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RelativeWeights.fromCorrelations(new double[][] { { 1, 0.2 }, { 0.3, 1 } },
					new double[] { 0.1, 0.1 }))
			.withMessageContaining("symmetric");
	}

	@Test
	void sharesAreUndefinedWhenNothingIsExplained() {
		Weights weights = RelativeWeights.fromCorrelations(new double[][] { { 1, 0.3 }, { 0.3, 1 } },
				new double[] { 0, 0 });

		assertThat(weights.rSquared()).isZero();
		assertThatIllegalStateException().isThrownBy(weights::shares).withMessageContaining("R² = 0");
	}

	private static double correlation(double[] a, double[] b) {
		double meanA = mean(a);
		double meanB = mean(b);
		double ab = 0;
		double aa = 0;
		double bb = 0;
		for (int i = 0; i < a.length; i++) {
			ab += (a[i] - meanA) * (b[i] - meanB);
			aa += (a[i] - meanA) * (a[i] - meanA);
			bb += (b[i] - meanB) * (b[i] - meanB);
		}
		return ab / Math.sqrt(aa * bb);
	}

}
