package io.peakxm.insight.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.peakxm.insight.calculation.KeyDriverWeights.DriverWeight;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Weights are checked against Commons Math's R² and the row-based {@link RelativeWeights}
 * on the same complete cases; the noise comparison on synthetic responses whose drivers
 * are known to matter or not.
 */
class KeyDriversTests {

	private static final double NA = Double.NaN;

	@Test
	void rawWeightsSumToTheRSquaredOfTheFullModel() {
		Responses responses = responses(2000, 1);
		KeyDrivers analysis = new KeyDrivers(3);
		responses.feed(analysis);
		OLSMultipleLinearRegression reference = new OLSMultipleLinearRegression();
		reference.newSampleData(responses.completeOutcomes(), responses.completeDrivers());
		double[] rowBased = RelativeWeights.of(responses.completeDrivers(), responses.completeOutcomes()).raw();

		KeyDriverWeights result = analysis.result();

		double sum = 0;
		double shares = 0;
		for (DriverWeight driver : result.drivers()) {
			sum += driver.weight().value();
			shares += driver.share().value();
			assertThat(driver.weight().value()).isCloseTo(rowBased[driver.driver()], within(1e-9));
			assertThat(driver.share().value()).isCloseTo(100 * driver.weight().value() / result.rSquared(),
					within(1e-9));
			assertThat(driver.weight().contains(driver.weight().value())).isTrue();
			assertThat(driver.share().contains(driver.share().value())).isTrue();
		}
		assertThat(sum).isCloseTo(reference.calculateRSquared(), within(1e-9));
		assertThat(result.rSquared()).isCloseTo(reference.calculateRSquared(), within(1e-9));
		assertThat(shares).isCloseTo(100.0, within(1e-9));
		assertThat(result.resamples() + result.discarded()).isEqualTo(KeyDrivers.DEFAULT_RESAMPLES);
	}

	@Test
	void marksADriverThatIsPureNoiseAsNotAboveNoise() {
		KeyDrivers analysis = new KeyDrivers(3);
		responses(3000, 2).feed(analysis);

		KeyDriverWeights result = analysis.result();

		assertThat(result.drivers()).extracting(DriverWeight::aboveNoise).containsExactly(true, true, false);
		assertThat(result.drivers().get(2).marginOverNoise().contains(0)).isTrue();
		assertThat(result.drivers().get(2).share().value()).isLessThan(1.0);
		assertThat(result.drivers().get(0).share().value()).isGreaterThan(50.0);
	}

	@Test
	void skipsIncompleteResponsesAndReportsThePerformanceOfTheUsedOnes() {
		Responses responses = responses(500, 3);
		KeyDrivers analysis = new KeyDrivers(3);

		responses.feed(analysis);
		KeyDriverWeights result = analysis.result();

		assertThat(result.used()).isEqualTo(responses.complete.size());
		assertThat(result.skipped()).isEqualTo(500 - responses.complete.size()).isPositive();
		double[][] complete = responses.completeDrivers();
		for (int j = 0; j < 3; j++) {
			assertThat(result.drivers().get(j).performance())
				.isCloseTo(LinearRegressionTests.mean(LinearRegressionTests.column(complete, j)), within(1e-12));
		}
	}

	@Test
	void sameSeedAndResponseOrderGiveTheSameResult() {
		KeyDrivers first = new KeyDrivers(3, 50, 100, 9);
		KeyDrivers second = new KeyDrivers(3, 50, 100, 9);
		KeyDrivers otherSeed = new KeyDrivers(3, 50, 100, 10);
		Responses responses = responses(400, 4);
		responses.feed(first);
		responses.feed(second);
		responses.feed(otherSeed);

		assertThat(second.result()).isEqualTo(first.result());
		assertThat(otherSeed.result().drivers().get(0).weight().low())
			.isNotEqualTo(first.result().drivers().get(0).weight().low());
	}

	@Test
	void rejectsTooFewCompleteResponsesOrAConstantDriver() {
		KeyDrivers few = new KeyDrivers(3);
		responses(25, 5).feed(few);
		assertThatIllegalArgumentException().isThrownBy(few::result)
			.withMessageContaining("at least 30 complete responses")
			.withMessageContaining("there are " + few.used());

		KeyDrivers constant = new KeyDrivers(2);
		SplittableRandom random = new SplittableRandom(6);
		for (int i = 0; i < 100; i++) {
			double rating = 1 + random.nextInt(5);
			constant.add(new double[] { rating, 4 }, rating + random.nextGaussian());
		}
		assertThatIllegalArgumentException().isThrownBy(constant::result)
			.withMessageContaining("Driver 2 has the same rating in all 100 complete responses");
		assertThatIllegalArgumentException().isThrownBy(() -> constant.add(new double[] { 1 }, 2))
			.withMessageContaining("needs 2 driver values");
	}

	/**
	 * Responses on 1–5 with a shared mood: the outcome (0–10) follows driver 1 strongly
	 * and driver 2 less; driver 3 is independent noise. About one response in twelve
	 * misses a rating or the outcome.
	 */
	private static Responses responses(int n, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Responses responses = new Responses();
		for (int i = 0; i < n; i++) {
			double mood = random.nextGaussian();
			double first = rating(3 + 0.8 * mood + random.nextGaussian());
			double second = rating(3 + 0.8 * mood + random.nextGaussian());
			double third = 1 + random.nextInt(5);
			double outcome = 5 + 1.2 * (first - 3) + 0.5 * (second - 3) + random.nextGaussian();
			double[] drivers = { first, second, third };
			if (random.nextInt(40) == 0) {
				drivers[random.nextInt(3)] = NA;
			}
			responses.add(drivers, (random.nextInt(20) == 0) ? NA : outcome);
		}
		return responses;
	}

	private static double rating(double value) {
		return Math.max(1, Math.min(5, Math.round(value)));
	}

	/**
	 * The responses in order, and the complete ones apart for the independent
	 * computations.
	 */
	private static final class Responses {

		private final List<double[]> all = new ArrayList<>();

		private final List<double[]> complete = new ArrayList<>();

		void add(double[] drivers, double outcome) {
			double[] response = { drivers[0], drivers[1], drivers[2], outcome };
			this.all.add(response);
			if (!Double.isNaN(drivers[0] + drivers[1] + drivers[2] + outcome)) {
				this.complete.add(response);
			}
		}

		void feed(KeyDrivers analysis) {
			for (double[] response : this.all) {
				analysis.add(new double[] { response[0], response[1], response[2] }, response[3]);
			}
		}

		double[][] completeDrivers() {
			return this.complete.stream()
				.map((response) -> new double[] { response[0], response[1], response[2] })
				.toArray(double[][]::new);
		}

		double[] completeOutcomes() {
			return this.complete.stream().mapToDouble((response) -> response[3]).toArray();
		}

	}

}
