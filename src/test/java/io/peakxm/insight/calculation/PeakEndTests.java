package io.peakxm.insight.calculation;

import java.util.Random;

import io.peakxm.insight.calculation.PeakEndFit.Component;
import io.peakxm.insight.calculation.PeakEndFit.Interval;
import io.peakxm.insight.calculation.PeakEndFit.Model;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

/**
 * Single-instance features are worked out by hand in the comments; model numbers are
 * checked against Commons Math's OLS run directly on features the test builds itself.
 */
class PeakEndTests {

	private static final double NA = Double.NaN;

	/**
	 * Outcomes of the synthetic data are given on −2 … +2, so noise never leaves the
	 * scale; rescaling halves them.
	 */
	private static final RatingScale WIDE = new RatingScale(-2, 2);

	@Test
	void rescalesRatingsToMinusOneToPlusOne() {
		// 2 · (r − min) / (max − min) − 1
		assertThat(RatingScale.ZERO_TO_TEN.rescale(0)).isEqualTo(-1.0);
		assertThat(RatingScale.ZERO_TO_TEN.rescale(5)).isEqualTo(0.0);
		assertThat(RatingScale.ZERO_TO_TEN.rescale(8)).isCloseTo(0.6, within(1e-12));
		assertThat(RatingScale.ZERO_TO_TEN.rescale(10)).isEqualTo(1.0);
		assertThat(RatingScale.ONE_TO_FIVE.rescale(4)).isEqualTo(0.5);
		assertThatIllegalArgumentException().isThrownBy(() -> RatingScale.ONE_TO_FIVE.rescale(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new RatingScale(5, 1));
	}

	@Test
	void featuresLeaveOutSkippedTouchpointsAndEndOnTheLastAnswered() {
		// 1–5: 4 → 0.5, 2 → −0.5, 5 → 1. Answered: 0.5, −0.5, 1 (touchpoints 0, 2, 3).
		// peak 1, trough −0.5, end = last answered (touchpoint 3) = 1, mean = 1 / 3,
		// count 3, peak-end (1 + 1) / 2 = 1
		PeakEndFeatures features = PeakEndFeatures.of(new double[] { 4, NA, 2, 5, NA }, RatingScale.ONE_TO_FIVE)
			.orElseThrow();
		assertThat(features.peak()).isEqualTo(1.0);
		assertThat(features.trough()).isEqualTo(-0.5);
		assertThat(features.end()).isEqualTo(1.0);
		assertThat(features.mean()).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(features.count()).isEqualTo(3);
		assertThat(features.peakEndScore()).isEqualTo(1.0);
	}

	@Test
	void endIsTheDesignatedEndMomentWhenItIsAnswered() {
		// 0–10: 9 → 0.8, 6 → 0.2, 2 → −0.6, 7 → 0.4; the end moment is touchpoint 2 → end
		// −0.6
		// peak-end score (0.8 − 0.6) / 2 = 0.1
		PeakEndFeatures designed = PeakEndFeatures.of(new double[] { 9, 6, 2, 7 }, RatingScale.ZERO_TO_TEN, 2)
			.orElseThrow();
		assertThat(designed.end()).isCloseTo(-0.6, within(1e-12));
		assertThat(designed.peakEndScore()).isCloseTo(0.1, within(1e-12));
		// the end moment skipped: the last answered rating, 7 → 0.4
		PeakEndFeatures fallback = PeakEndFeatures.of(new double[] { 9, 6, NA, 7 }, RatingScale.ZERO_TO_TEN, 2)
			.orElseThrow();
		assertThat(fallback.end()).isCloseTo(0.4, within(1e-12));
	}

	@Test
	void skipsInstancesWithFewerThanTwoAnsweredTouchpointsOrNoOutcome() {
		assertThat(PeakEndFeatures.of(new double[] { NA, 3, NA }, RatingScale.ONE_TO_FIVE)).isEmpty();
		assertThat(PeakEndFeatures.of(new double[] { NA, NA }, RatingScale.ONE_TO_FIVE)).isEmpty();

		PeakEnd analysis = new PeakEnd(RatingScale.ONE_TO_FIVE, RatingScale.ZERO_TO_TEN);
		assertThat(analysis.add(new double[] { 5, 4, 3 }, 9)).isTrue();
		assertThat(analysis.add(new double[] { NA, 4, NA }, 9)).isFalse();
		assertThat(analysis.add(new double[] { 5, 4, 3 }, NA)).isFalse();
		assertThat(analysis.used()).isEqualTo(1);
		assertThat(analysis.skipped()).isEqualTo(2);
		assertThat(analysis.fit()).as("too few instances to fit").isEmpty();
	}

	@Test
	void rejectsRatingsOffTheScaleSoThatNotApplicableIsMappedToMissingFirst() {
		PeakEnd analysis = new PeakEnd(RatingScale.ONE_TO_FIVE, RatingScale.ZERO_TO_TEN);
		// the airline data's 0 = "not applicable" is not a rating on 1–5
		assertThatIllegalArgumentException().isThrownBy(() -> analysis.add(new double[] { 0, 4, 3 }, 9));
		assertThatIllegalArgumentException().isThrownBy(() -> analysis.add(new double[] { 5, 4, 3 }, 11));
		assertThatIllegalStateException().isThrownBy(() -> analysis.add(new double[] { 5, 4, 3 }, 9, 30.0));
	}

	@Test
	void peakEndModelWinsWhenTheOverallFollowsPeakAndEnd() {
		PeakEnd analysis = new PeakEnd(RatingScale.ONE_TO_FIVE, WIDE, PeakEndOptions.defaults().withResamples(500));
		Independent independent = new Independent(1200);
		Random random = new Random(42);
		for (int i = 0; i < 1200; i++) {
			double[] ratings = journey(random, 8);
			PeakEndFeatures features = PeakEndFeatures.of(ratings, RatingScale.ONE_TO_FIVE).orElseThrow();
			double outcome = 0.4 * features.peak() + 0.5 * features.end() + 0.15 * random.nextGaussian();
			analysis.add(ratings, outcome);
			independent.add(ratings, outcome);
		}
		analysis.add(new double[] { NA, NA, NA, 3, NA, NA, NA, NA }, 0.0);

		PeakEndFit fit = analysis.fit().orElseThrow();

		assertThat(fit.used()).isEqualTo(1200);
		assertThat(fit.skipped()).isEqualTo(1);
		assertThat(fit.peakEnd().rSquared()).isCloseTo(independent.rSquared(true), within(1e-9));
		assertThat(fit.meanOnly().rSquared()).isCloseTo(independent.rSquared(false), within(1e-9));
		for (Component component : new Component[] { Component.PEAK, Component.TROUGH, Component.END,
				Component.MEAN }) {
			assertThat(fit.peakEnd().weight(component).standardized())
				.isCloseTo(independent.standardizedWeight(component), within(1e-9));
		}
		assertThat(fit.peakEnd().adjustedRSquared()).isGreaterThan(fit.meanOnly().adjustedRSquared());
		assertThat(fit.peakEnd().crossValidatedRmse()).isLessThan(fit.meanOnly().crossValidatedRmse());
		// Noise of sd 0.15 on −2 … +2 is 0.075 once rescaled: the true model's
		// out-of-sample error is close to it.
		assertThat(fit.peakEnd().crossValidatedRmse()).isCloseTo(0.075, within(0.01));
		assertThat(fit.verdict().better()).isEqualTo(Model.PEAK_END);
		assertThat(fit.verdict().strongest().component()).isEqualTo(Component.END);
		assertThat(fit.verdict().strongestIsSignificant()).isTrue();
		assertThat(fit.peakEnd().weight(Component.END).interval().low()).isPositive();
		assertThat(fit.peakEnd().weight(Component.END).interval().high())
			.isGreaterThan(fit.peakEnd().weight(Component.END).standardized());
		assertThat(fit.resamples()).isEqualTo(500);
	}

	@Test
	void aLongStreamWithAPeakEndEffectGivesThePeakEndVerdictWithTightIntervals() {
		// 100,000 journeys of 14 touchpoints go through fixed-size block moments; the
		// remembered overall follows
		// peak, trough and end, not the mean.
		PeakEnd analysis = new PeakEnd(RatingScale.ONE_TO_FIVE, WIDE, PeakEndOptions.defaults().withResamples(200));
		Random random = new Random(17);
		for (int i = 0; i < 100_000; i++) {
			double[] ratings = journey(random, 14);
			PeakEndFeatures features = PeakEndFeatures.of(ratings, RatingScale.ONE_TO_FIVE).orElseThrow();
			analysis.add(ratings, 0.3 * features.peak() + 0.3 * features.trough() + 0.6 * features.end()
					+ 0.3 * random.nextGaussian());
		}

		PeakEndFit fit = analysis.fit().orElseThrow();

		assertThat(fit.used()).isEqualTo(100_000);
		assertThat(fit.verdict().better()).isEqualTo(Model.PEAK_END);
		assertThat(fit.verdict().strongest().component()).isEqualTo(Component.END);
		assertThat(fit.peakEnd().weight(Component.END).interval().excludesZero()).isTrue();
		assertThat(fit.peakEnd().weight(Component.END).interval().low()).isPositive();
		assertThat(fit.peakEnd().weight(Component.MEAN).interval().excludesZero()).isFalse();
		Interval end = fit.peakEnd().weight(Component.END).interval();
		assertThat(end.high() - end.low()).as("interval width at n = 100,000").isLessThan(0.03);
		assertThat(end.low()).isLessThan(fit.peakEnd().weight(Component.END).standardized());
		assertThat(end.high()).isGreaterThan(fit.peakEnd().weight(Component.END).standardized());
		// noise of sd 0.3 on −2 … +2 is 0.15 once rescaled
		assertThat(fit.peakEnd().crossValidatedRmse()).isCloseTo(0.15, within(0.005));
	}

	@Test
	void meanModelIsAsGoodWhenTheOverallFollowsTheMean() {
		PeakEnd analysis = new PeakEnd(RatingScale.ONE_TO_FIVE, WIDE, PeakEndOptions.defaults().withResamples(200));
		Random random = new Random(7);
		for (int i = 0; i < 1200; i++) {
			double[] ratings = journey(random, 8);
			PeakEndFeatures features = PeakEndFeatures.of(ratings, RatingScale.ONE_TO_FIVE).orElseThrow();
			analysis.add(ratings, 0.8 * features.mean() + 0.15 * random.nextGaussian());
		}

		PeakEndFit fit = analysis.fit().orElseThrow();

		assertThat(fit.verdict().better()).isEqualTo(Model.MEAN_ONLY);
		assertThat(fit.verdict().adjustedRSquaredGain()).isLessThan(0.005);
		assertThat(fit.verdict().rmseReduction()).isLessThan(0.001);
		assertThat(fit.peakEnd().weight(Component.MEAN).interval().low()).isPositive();
		assertThat(fit.peakEnd().weight(Component.END).interval().excludesZero()).isFalse();
	}

	@Test
	void sameSeedGivesTheSameFit() {
		assertThat(fitWithSeed(3)).isEqualTo(fitWithSeed(3));
		assertThat(fitWithSeed(3).peakEnd().crossValidatedRmse())
			.isNotEqualTo(fitWithSeed(4).peakEnd().crossValidatedRmse());
	}

	@Test
	void rememberedExperienceIsTheFittedOverall() {
		PeakEndFit fit = fitWithSeed(5);
		PeakEndFeatures features = new PeakEndFeatures(1.0, -0.5, 0.5, 0.25, 4);
		double expected = fit.peakEnd().intercept() + fit.peakEnd().weight(Component.PEAK).coefficient() * 1.0
				+ fit.peakEnd().weight(Component.TROUGH).coefficient() * -0.5
				+ fit.peakEnd().weight(Component.END).coefficient() * 0.5
				+ fit.peakEnd().weight(Component.MEAN).coefficient() * 0.25;
		assertThat(fit.rememberedExperience(features)).isCloseTo(expected, within(1e-12));
	}

	@Test
	void durationIsAnExtraPredictorWhenRequested() {
		PeakEnd analysis = new PeakEnd(RatingScale.ONE_TO_FIVE, WIDE,
				PeakEndOptions.defaults().withDuration().withResamples(50));
		Random random = new Random(11);
		for (int i = 0; i < 300; i++) {
			double[] ratings = journey(random, 6);
			PeakEndFeatures features = PeakEndFeatures.of(ratings, RatingScale.ONE_TO_FIVE).orElseThrow();
			double duration = 60 + 30 * random.nextDouble();
			analysis.add(ratings, 0.5 * features.end() - 0.005 * (duration - 75) + 0.1 * random.nextGaussian(),
					duration);
		}
		analysis.add(new double[] { 3, 4, 3, 4, 3, 4 }, 0.0, NA);

		PeakEndFit fit = analysis.fit().orElseThrow();

		assertThat(fit.skipped()).isEqualTo(1);
		assertThat(fit.peakEnd().weight(Component.DURATION).standardized()).isNegative();
		assertThat(fit.peakEnd().weight(Component.DURATION).interval().excludesZero()).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> analysis.add(new double[] { 3, 4, 3, 4, 3, 4 }, 0.0));
	}

	private static PeakEndFit fitWithSeed(long seed) {
		PeakEnd analysis = new PeakEnd(RatingScale.ONE_TO_FIVE, WIDE,
				PeakEndOptions.defaults().withResamples(100).withSeed(seed));
		Random random = new Random(99);
		for (int i = 0; i < 200; i++) {
			double[] ratings = journey(random, 5);
			PeakEndFeatures features = PeakEndFeatures.of(ratings, RatingScale.ONE_TO_FIVE).orElseThrow();
			analysis.add(ratings, 0.6 * features.end() + 0.2 * random.nextGaussian());
		}
		return analysis.fit().orElseThrow();
	}

	/**
	 * Ratings 1–5 from an instance mood plus touchpoint noise, every touchpoint but the
	 * first and last skipped one time in ten; the first and last are always answered, so
	 * each instance has at least two.
	 */
	private static double[] journey(Random random, int touchpoints) {
		double mood = 0.7 * random.nextGaussian();
		double[] ratings = new double[touchpoints];
		for (int i = 0; i < touchpoints; i++) {
			double rating = Math.max(1, Math.min(5, Math.round(3 + mood + random.nextGaussian())));
			boolean skipped = i > 0 && i < touchpoints - 1 && random.nextDouble() < 0.1;
			ratings[i] = skipped ? NA : rating;
		}
		return ratings;
	}

	/**
	 * Builds the features without {@link PeakEnd} and fits them with Commons Math
	 * directly.
	 */
	private static final class Independent {

		private final double[][] features;

		private final double[] outcomes;

		private int n;

		Independent(int capacity) {
			this.features = new double[capacity][];
			this.outcomes = new double[capacity];
		}

		void add(double[] ratings, double outcome) {
			double peak = -1;
			double trough = 1;
			double sum = 0;
			double end = 0;
			int count = 0;
			for (double rating : ratings) {
				if (!Double.isNaN(rating)) {
					double value = (rating - 3) / 2;
					peak = Math.max(peak, value);
					trough = Math.min(trough, value);
					sum += value;
					end = value;
					count++;
				}
			}
			this.features[this.n] = new double[] { peak, trough, end, sum / count };
			this.outcomes[this.n++] = outcome;
		}

		double rSquared(boolean peakEnd) {
			return regression(peakEnd).calculateRSquared();
		}

		double standardizedWeight(Component component) {
			double[] beta = regression(true).estimateRegressionParameters();
			double[] column = new double[this.n];
			for (int i = 0; i < this.n; i++) {
				column[i] = this.features[i][component.ordinal()];
			}
			return beta[component.ordinal() + 1] * sd(column) / sd(this.outcomes);
		}

		private OLSMultipleLinearRegression regression(boolean peakEnd) {
			double[][] x = new double[this.n][];
			for (int i = 0; i < this.n; i++) {
				x[i] = peakEnd ? this.features[i] : new double[] { this.features[i][3] };
			}
			OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
			regression.newSampleData(this.outcomes.clone(), x);
			return regression;
		}

		private static double sd(double[] values) {
			return new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(values).getStandardDeviation();
		}

	}

}
