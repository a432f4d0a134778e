package io.peakxm.insight.calculation;

import java.util.Random;

import io.peakxm.insight.calculation.LinearRegression.Fit;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Exact relations are checked against their known coefficients; noisy ones against
 * Commons Math's QR-based {@link OLSMultipleLinearRegression}, an independent
 * implementation.
 */
class LinearRegressionTests {

	/**
	 * Eight rows of y = 2 + 3·x1 − 1·x2 exactly; x1 and x2 are correlated but not
	 * collinear.
	 */
	static final double[][] EXACT_X = { { 1, 2 }, { 2, 1 }, { 3, 5 }, { 4, 3 }, { 5, 8 }, { 6, 4 }, { 7, 9 },
			{ 8, 6 } };

	static final double[] EXACT_Y = exactOutcome(EXACT_X);

	@Test
	void recoversAnExactLinearRelation() {
		Fit fit = LinearRegression.fit(EXACT_X, EXACT_Y);

		assertThat(fit.intercept()).isCloseTo(2.0, within(1e-10));
		assertThat(fit.coefficients()).containsExactly(new double[] { 3.0, -1.0 }, within(1e-10));
		assertThat(fit.rSquared()).isCloseTo(1.0, within(1e-12));
		assertThat(fit.adjustedRSquared()).isCloseTo(1.0, within(1e-12));
		assertThat(fit.n()).isEqualTo(8);
		assertThat(fit.predictorCount()).isEqualTo(2);
	}

	@Test
	void standardizedCoefficientsAreSlopesInStandardDeviations() {
		Fit fit = LinearRegression.fit(EXACT_X, EXACT_Y);

		// x1 = 1…8: sd = sqrt(42 / 7) = sqrt(6); beta1 = 3 · sd(x1) / sd(y), beta2 = −1 ·
		// sd(x2) / sd(y).
		double sdY = standardDeviation(EXACT_Y);
		assertThat(fit.standardizedCoefficients()).containsExactly(
				new double[] { 3 * Math.sqrt(6) / sdY, -1 * standardDeviation(column(EXACT_X, 1)) / sdY },
				within(1e-10));
	}

	@Test
	void predictsFromTheFittedCoefficients() {
		Fit fit = LinearRegression.fit(EXACT_X, EXACT_Y);

		assertThat(fit.predict(new double[] { 10, 20 })).isCloseTo(2 + 30 - 20, within(1e-9));
		assertThatIllegalArgumentException().isThrownBy(() -> fit.predict(new double[] { 1 }));
	}

	@Test
	void matchesCommonsMathOnNoisyData() {
		double[][] x = correlatedPredictors(60, 3, 11);
		double[] y = noisyOutcome(x, 12);
		OLSMultipleLinearRegression reference = new OLSMultipleLinearRegression();
		reference.newSampleData(y, x);
		double[] parameters = reference.estimateRegressionParameters();

		Fit fit = LinearRegression.fit(x, y);

		assertThat(fit.intercept()).isCloseTo(parameters[0], within(1e-10));
		assertThat(fit.coefficients()).containsExactly(new double[] { parameters[1], parameters[2], parameters[3] },
				within(1e-10));
		assertThat(fit.rSquared()).isCloseTo(reference.calculateRSquared(), within(1e-10));
		assertThat(fit.adjustedRSquared()).isCloseTo(reference.calculateAdjustedRSquared(), within(1e-10));
		assertThat(fit.rSquared()).isBetween(0.3, 0.99);
	}

	@Test
	void fitFromMomentsMatchesCommonsMathForAnyOutcomeAndPredictorColumns() {
		// Five columns streamed as rows; the model takes column 2 as the outcome and
		// columns 4, 0 and 3 as predictors.
		double[][] predictors = correlatedPredictors(300, 3, 14);
		double[] outcome = noisyOutcome(predictors, 15);
		Random random = new Random(16);
		Moments moments = new Moments(5);
		for (int i = 0; i < 300; i++) {
			moments.add(new double[] { predictors[i][1], random.nextGaussian(), outcome[i], predictors[i][2],
					predictors[i][0] });
		}
		OLSMultipleLinearRegression reference = new OLSMultipleLinearRegression();
		reference.newSampleData(outcome, predictors);
		double[] parameters = reference.estimateRegressionParameters();

		Fit fit = LinearRegression.fit(moments, 2, 4, 0, 3);

		assertThat(fit.intercept()).isCloseTo(parameters[0], within(1e-9));
		assertThat(fit.coefficients()).containsExactly(new double[] { parameters[1], parameters[2], parameters[3] },
				within(1e-9));
		assertThat(fit.rSquared()).isCloseTo(reference.calculateRSquared(), within(1e-9));
		assertThat(fit.adjustedRSquared()).isCloseTo(reference.calculateAdjustedRSquared(), within(1e-9));
		double sdY = standardDeviation(outcome);
		for (int j = 0; j < 3; j++) {
			assertThat(fit.standardizedCoefficients()[j])
				.isCloseTo(parameters[j + 1] * standardDeviation(column(predictors, j)) / sdY, within(1e-9));
		}
		assertThat(fit.n()).isEqualTo(300);
	}

	@Test
	void squaredErrorsFromMomentsEqualTheSumOverTheRows() {
		double[][] x = correlatedPredictors(200, 2, 17);
		double[] y = noisyOutcome(x, 18);
		Fit fit = LinearRegression.fit(correlatedPredictors(50, 2, 19),
				noisyOutcome(correlatedPredictors(50, 2, 19), 20));
		Moments rows = new Moments(3);
		double expected = 0;
		for (int i = 0; i < 200; i++) {
			rows.add(new double[] { y[i], x[i][0], x[i][1] });
			double error = y[i] - fit.predict(x[i]);
			expected += error * error;
		}

		assertThat(fit.squaredErrors(rows, 0, 1, 2)).isCloseTo(expected, within(1e-9 * expected));
		assertThat(fit.squaredErrors(new Moments(3), 0, 1, 2)).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> fit.squaredErrors(rows, 0, 1))
			.withMessageContaining("2 predictors");
	}

	@Test
	void rejectsColumnsThatDoNotExistOrRepeat() {
		Moments moments = MomentsTests.accumulate(correlatedPredictors(20, 3, 23));

		assertThatIllegalArgumentException().isThrownBy(() -> LinearRegression.fit(moments, 3, 0, 1))
			.withMessageContaining("Outcome column 3 does not exist");
		assertThatIllegalArgumentException().isThrownBy(() -> LinearRegression.fit(moments, 2, 0, 0))
			.withMessageContaining("used twice");
		assertThatIllegalArgumentException().isThrownBy(() -> LinearRegression.fit(moments, 2, 2))
			.withMessageContaining("is the outcome");
	}

	@Test
	void standardizedCoefficientsMatchAFitOnZScores() {
		double[][] x = correlatedPredictors(60, 3, 21);
		double[] y = noisyOutcome(x, 22);
		double[][] zx = new double[x.length][3];
		for (int j = 0; j < 3; j++) {
			double[] z = zScores(column(x, j));
			for (int i = 0; i < x.length; i++) {
				zx[i][j] = z[i];
			}
		}
		OLSMultipleLinearRegression reference = new OLSMultipleLinearRegression();
		reference.newSampleData(zScores(y), zx);
		double[] parameters = reference.estimateRegressionParameters();

		Fit fit = LinearRegression.fit(x, y);

		assertThat(parameters[0]).isCloseTo(0.0, within(1e-12));
		assertThat(fit.standardizedCoefficients())
			.containsExactly(new double[] { parameters[1], parameters[2], parameters[3] }, within(1e-10));
	}

	@Test
	void fitsOnRepeatedRowsAsIfTheRowsWereCopied() {
		double[][] x = correlatedPredictors(30, 2, 31);
		double[] y = noisyOutcome(x, 32);
		int[] rows = new int[30];
		Random random = new Random(33);
		for (int i = 0; i < rows.length; i++) {
			rows[i] = random.nextInt(30);
		}
		double[][] copiedX = new double[rows.length][];
		double[] copiedY = new double[rows.length];
		for (int i = 0; i < rows.length; i++) {
			copiedX[i] = x[rows[i]];
			copiedY[i] = y[rows[i]];
		}
		OLSMultipleLinearRegression reference = new OLSMultipleLinearRegression();
		reference.newSampleData(copiedY, copiedX);
		double[] parameters = reference.estimateRegressionParameters();

		Fit fit = LinearRegression.fit(x, y, rows);

		assertThat(fit.intercept()).isCloseTo(parameters[0], within(1e-10));
		assertThat(fit.coefficients()).containsExactly(new double[] { parameters[1], parameters[2] }, within(1e-10));
		assertThat(fit.rSquared()).isCloseTo(reference.calculateRSquared(), within(1e-10));
		assertThat(fit.n()).isEqualTo(30);
	}

	@Test
	void rejectsAConstantPredictor() {
		double[][] x = { { 1, 5 }, { 2, 5 }, { 3, 5 }, { 4, 5 }, { 5, 5 } };
		double[] y = { 1, 3, 2, 5, 4 };

		assertThatIllegalArgumentException().isThrownBy(() -> LinearRegression.fit(x, y))
			.withMessageContaining("Predictor 2 is constant");
	}

	@Test
	void rejectsAConstantOutcome() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LinearRegression.fit(EXACT_X, new double[] { 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1 }))
			.withMessageContaining("outcome is constant");
	}

	@Test
	void rejectsTooFewRows() {
		double[][] x = { { 1, 2 }, { 2, 1 }, { 3, 5 } };
		double[] y = { 1, 2, 4 };

		assertThatIllegalArgumentException().isThrownBy(() -> LinearRegression.fit(x, y))
			.withMessageContaining("needs at least 4 rows");
	}

	@Test
	void rejectsCollinearPredictors() {
		// x3 = x1 + x2
		double[][] x = { { 1, 2, 3 }, { 2, 1, 3 }, { 3, 5, 8 }, { 4, 3, 7 }, { 5, 8, 13 }, { 6, 4, 10 } };
		double[] y = { 1, 4, 2, 6, 3, 7 };

		assertThatIllegalArgumentException().isThrownBy(() -> LinearRegression.fit(x, y))
			.withMessageContaining("Predictor 3")
			.withMessageContaining("linear combination");
	}

	@Test
	void rejectsMissingValuesAndRaggedRows() {
		double[][] missing = { { 1, 2 }, { 2, Double.NaN }, { 3, 5 }, { 4, 3 }, { 5, 8 } };
		double[][] ragged = { { 1, 2 }, { 2 }, { 3, 5 }, { 4, 3 }, { 5, 8 } };
		double[] y = { 1, 2, 4, 3, 5 };

		assertThatIllegalArgumentException().isThrownBy(() -> LinearRegression.fit(missing, y))
			.withMessageContaining("missing");
		assertThatIllegalArgumentException().isThrownBy(() -> LinearRegression.fit(ragged, y))
			.withMessageContaining("Row 1");
		assertThatIllegalArgumentException().isThrownBy(() -> LinearRegression.fit(EXACT_X, y))
			.withMessageContaining("8 rows but the outcome has 5");
	}

	@Test
	void crossValidatedErrorOfAnExactRelationIsZero() {
		// The held-out errors follow from each fold's moments, so a perfect fit's error
		// is the rounding of those
		// sums, about 10⁻¹⁶·Σ(y − ȳ)², which shows in the RMSE as √10⁻¹⁶ = 10⁻⁸ of sd(y)
		// rather than exactly 0.
		double tolerance = 1e-7 * standardDeviation(EXACT_Y);
		assertThat(LinearRegression.crossValidatedRmse(EXACT_X, EXACT_Y, 2, 7)).isCloseTo(0.0, within(tolerance));

		double[][] x = correlatedPredictors(50, 2, 41);
		double[] y = exactOutcome(x);
		assertThat(LinearRegression.crossValidatedRmse(x, y, 5, 42)).isCloseTo(0.0,
				within(1e-7 * standardDeviation(y)));
	}

	@Test
	void leaveOneOutErrorMatchesThePressResiduals() {
		// With n folds every row is held out alone, and the held-out residual is e_i / (1
		// − h_ii) (PRESS),
		// with e the residuals and h the hat matrix of the fit on all rows.
		double[][] x = correlatedPredictors(25, 2, 51);
		double[] y = noisyOutcome(x, 52);
		OLSMultipleLinearRegression reference = new OLSMultipleLinearRegression();
		reference.newSampleData(y, x);
		double[] residuals = reference.estimateResiduals();
		RealMatrix hat = reference.calculateHat();
		double press = 0;
		for (int i = 0; i < y.length; i++) {
			double heldOut = residuals[i] / (1 - hat.getEntry(i, i));
			press += heldOut * heldOut;
		}

		assertThat(LinearRegression.crossValidatedRmse(x, y, y.length, 53)).isCloseTo(Math.sqrt(press / y.length),
				within(1e-10));
	}

	@Test
	void crossValidatedErrorDependsOnlyOnTheSeed() {
		double[][] x = correlatedPredictors(40, 2, 61);
		double[] y = noisyOutcome(x, 62);

		double first = LinearRegression.crossValidatedRmse(x, y, 5, 63);

		assertThat(LinearRegression.crossValidatedRmse(x, y, 5, 63)).isEqualTo(first);
		assertThat(first).isGreaterThan(0.1);
	}

	@Test
	void rejectsImpossibleFoldCounts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LinearRegression.crossValidatedRmse(EXACT_X, EXACT_Y, 1, 1))
			.withMessageContaining("2 to 8 folds");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LinearRegression.crossValidatedRmse(EXACT_X, EXACT_Y, 9, 1))
			.withMessageContaining("2 to 8 folds");
	}

	@Test
	void namesTheFoldWhoseTrainingSetIsDegenerate() {
		// With 8 rows and 4 folds each training set has 6 rows, enough for 2 predictors,
		// but with x2 constant
		// except in one row, a training set without that row has a constant predictor.
		double[][] x = { { 1, 0 }, { 2, 0 }, { 3, 0 }, { 4, 0 }, { 5, 0 }, { 6, 0 }, { 7, 0 }, { 8, 1 } };
		double[] y = { 1, 3, 2, 5, 4, 6, 8, 7 };

		assertThatIllegalArgumentException().isThrownBy(() -> LinearRegression.crossValidatedRmse(x, y, 4, 1))
			.withMessageContaining("fold")
			.withMessageContaining("constant");
	}

	static double[] exactOutcome(double[][] x) {
		double[] y = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			y[i] = 2 + 3 * x[i][0] - x[i][1];
		}
		return y;
	}

	/** Predictors with pairwise correlation around 0.5, from a shared factor. */
	static double[][] correlatedPredictors(int n, int p, long seed) {
		Random random = new Random(seed);
		double[][] x = new double[n][p];
		for (int i = 0; i < n; i++) {
			double shared = random.nextGaussian();
			for (int j = 0; j < p; j++) {
				x[i][j] = 3 + shared + random.nextGaussian();
			}
		}
		return x;
	}

	static double[] noisyOutcome(double[][] x, long seed) {
		Random random = new Random(seed);
		double[] y = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			y[i] = 1 + random.nextGaussian();
			for (int j = 0; j < x[i].length; j++) {
				y[i] += (j + 1) * 0.5 * x[i][j];
			}
		}
		return y;
	}

	static double[] column(double[][] x, int j) {
		double[] column = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			column[i] = x[i][j];
		}
		return column;
	}

	static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}

	static double standardDeviation(double[] values) {
		double mean = mean(values);
		double squares = 0;
		for (double value : values) {
			squares += (value - mean) * (value - mean);
		}
		return Math.sqrt(squares / (values.length - 1));
	}

	static double[] zScores(double[] values) {
		double mean = mean(values);
		double sd = standardDeviation(values);
		double[] z = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			z[i] = (values[i] - mean) / sd;
		}
		return z;
	}

}
