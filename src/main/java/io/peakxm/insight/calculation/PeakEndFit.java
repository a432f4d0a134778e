package io.peakxm.insight.calculation;

import java.util.Comparator;
import java.util.List;

/**
 * The result of a {@link PeakEnd} analysis: the peak-end and the mean-only model and the
 * verdict between them.
 *
 * @param peakEnd the peak-end model, with bootstrap intervals
 * @param meanOnly the mean-only model
 * @param used the number of instances fitted
 * @param skipped the number of instances skipped
 * @param resamples the number of bootstrap resamples the intervals rest on
 * @param verdict which model is better and which moment weighs most
 */
public record PeakEndFit(ModelFit peakEnd, ModelFit meanOnly, long used, long skipped, int resamples, Verdict verdict) {

	/**
	 * The remembered experience of an instance: its overall rating as the peak-end model
	 * predicts it.
	 * @param features the instance's features
	 * @return the fitted overall on the −1 … +1 scale
	 * @throws IllegalStateException if the model includes durations
	 */
	public double rememberedExperience(PeakEndFeatures features) {
		if (this.peakEnd.weights().size() > Component.MEAN.ordinal() + 1) {
			throw new IllegalStateException("This model includes durations; pass the instance's duration");
		}
		return rememberedExperience(features, Double.NaN);
	}

	/**
	 * The remembered experience of an instance in a model with durations.
	 * @param features the instance's features
	 * @param duration the instance's duration
	 * @return the fitted overall on the −1 … +1 scale
	 */
	public double rememberedExperience(PeakEndFeatures features, double duration) {
		double[] row = features.toRow(duration);
		double value = this.peakEnd.intercept();
		for (Weight weight : this.peakEnd.weights()) {
			value += weight.coefficient() * row[weight.component().ordinal()];
		}
		return value;
	}

	/**
	 * One fitted model.
	 *
	 * @param model which model
	 * @param intercept β₀ on the rescaled values
	 * @param weights the predictors' weights, in {@link Component} order
	 * @param rSquared the share of the outcome's variance explained
	 * @param adjustedRSquared R² adjusted for the number of predictors
	 * @param crossValidatedRmse the k-fold cross-validated root mean squared error, on
	 * the −1 … +1 scale
	 */
	public record ModelFit(Model model, double intercept, List<Weight> weights, double rSquared,
			double adjustedRSquared, double crossValidatedRmse) {

		/**
		 * The weight of one predictor.
		 * @param component the predictor
		 * @return its weight
		 * @throws IllegalArgumentException if the model does not include it
		 */
		public Weight weight(Component component) {
			return this.weights.stream()
				.filter((weight) -> weight.component() == component)
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(this.model + " has no " + component));
		}

	}

	/**
	 * The weight of one predictor.
	 *
	 * @param component the predictor
	 * @param coefficient the raw coefficient β on the rescaled values
	 * @param standardized the standardized weight {@code β · sd(x) / sd(overall)}
	 * @param interval the bootstrap 95% interval of the standardized weight
	 */
	public record Weight(Component component, double coefficient, double standardized, Interval interval) {
	}

	/**
	 * A bootstrap 95% percentile interval; {@link #UNDEFINED} when it was not computed.
	 *
	 * @param low the 2.5% percentile, or {@code NaN}
	 * @param high the 97.5% percentile, or {@code NaN}
	 */
	public record Interval(double low, double high) {

		/** No interval (the mean-only model is not bootstrapped). */
		public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

		static Interval of(Bootstrap.Estimate estimate) {
			return new Interval(estimate.low(), estimate.high());
		}

		/**
		 * Whether the interval lies wholly on one side of zero.
		 * @return {@code true} when {@code low > 0} or {@code high < 0}; {@code false}
		 * when undefined
		 */
		public boolean excludesZero() {
			return this.low > 0 || this.high < 0;
		}

	}

	/**
	 * Whether the peak-end rule holds and which moment (peak, valley or end) matters
	 * most, as values for pages to phrase in any language.
	 * <p>
	 * The peak-end model is better only when it has both the higher adjusted R² and the
	 * lower cross-validated RMSE; otherwise the simpler mean-only model is as good or
	 * better.
	 *
	 * @param better the model that explains the overall rating better
	 * @param strongest the moment (peak, trough or end) with the largest absolute
	 * standardized weight
	 * @param adjustedRSquaredGain peak-end adjusted R² minus mean-only adjusted R²
	 * @param rmseReduction mean-only cross-validated RMSE minus peak-end cross-validated
	 * RMSE
	 */
	public record Verdict(Model better, Weight strongest, double adjustedRSquaredGain, double rmseReduction) {

		static Verdict judge(ModelFit peakEnd, ModelFit meanOnly) {
			double gain = peakEnd.adjustedRSquared() - meanOnly.adjustedRSquared();
			double reduction = meanOnly.crossValidatedRmse() - peakEnd.crossValidatedRmse();
			Model better = (gain > 0 && reduction > 0) ? Model.PEAK_END : Model.MEAN_ONLY;
			Weight strongest = peakEnd.weights()
				.stream()
				.filter((weight) -> weight.component().isMoment())
				.max(Comparator.comparingDouble((Weight weight) -> Math.abs(weight.standardized())))
				.orElseThrow();
			return new Verdict(better, strongest, gain, reduction);
		}

		/**
		 * Whether the strongest moment's bootstrap interval excludes zero.
		 * @return {@code true} when the strongest weight is significant at 95%
		 */
		public boolean strongestIsSignificant() {
			return this.strongest.interval().excludesZero();
		}

	}

	/** A predictor of the models, in the order of their columns. */
	public enum Component {

		/** The highest rating. */
		PEAK,

		/** The lowest rating, the valley. */
		TROUGH,

		/** The rating at the end. */
		END,

		/** The mean of the answered ratings. */
		MEAN,

		/** The instance's duration, only when the analysis includes it. */
		DURATION;

		/**
		 * Whether this is one of the moments the peak-end rule names (peak, trough, end).
		 * @return {@code true} for {@link #PEAK}, {@link #TROUGH} and {@link #END}
		 */
		public boolean isMoment() {
			return this == PEAK || this == TROUGH || this == END;
		}

	}

	/** The two models that are compared. */
	public enum Model {

		/** Overall from peak, trough, end and mean (and duration). */
		PEAK_END,

		/** Overall from the mean alone. */
		MEAN_ONLY

	}

}
