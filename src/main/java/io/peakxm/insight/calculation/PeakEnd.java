package io.peakxm.insight.calculation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import io.peakxm.insight.calculation.PeakEndFit.Component;
import io.peakxm.insight.calculation.PeakEndFit.Interval;
import io.peakxm.insight.calculation.PeakEndFit.Model;
import io.peakxm.insight.calculation.PeakEndFit.ModelFit;
import io.peakxm.insight.calculation.PeakEndFit.Verdict;
import io.peakxm.insight.calculation.PeakEndFit.Weight;

/**
 * Peak-end analysis of journey instances (docs/design.md §4): does the remembered overall
 * rating follow the peak, the trough (valley) and the end of the journey rather than its
 * average?
 * <p>
 * An instance is one journey instance, or one response that rates the journey's
 * touchpoints, given as its ratings in journey order. A rating of {@code NaN} is missing
 * (not applicable or skipped); callers map their own markers to {@code NaN} first, such
 * as the {@code 0} that means not applicable in the airline data. Ratings and the overall
 * outcome are rescaled to −1 … +1 with {@link RatingScale#rescale(double)}.
 * <p>
 * Instances are streamed in with {@link #add(double[], double)}; {@link #fit()} then fits
 * two ordinary least squares models on the rescaled values:
 * <ul>
 * <li>the peak-end model:
 * {@code overall ≈ β₀ + β_peak·peak + β_trough·trough + β_end·end + β_mean·mean} (+
 * {@code β_dur·duration} when the analysis was created
 * {@link PeakEndOptions#withDuration() with durations}),</li>
 * <li>the mean-only model: {@code overall ≈ β₀ + β_mean·mean},</li>
 * </ul>
 * each fitted with {@link LinearRegression} (standardized weights, R², adjusted R² and a
 * k-fold cross-validated RMSE), the peak-end weights with 95% percentile intervals, and a
 * {@link Verdict} that pages put into words.
 * <p>
 * Memory does not grow with the instances: each used instance's features and outcome are
 * accumulated into {@link MomentBlocks}, a random one of G blocks, G being the smallest
 * multiple of the folds from {@link MomentBlocks#DEFAULT_BLOCKS} up (200 for 10 folds),
 * so that every fold gets as many blocks. Fold f is the union of the blocks b with
 * {@code b mod folds = f}; the bootstrap resamples blocks, which is valid because
 * instances fall into blocks at random (see {@link MomentBlocks}). The blocks are drawn
 * with the seed and the resamples with {@code seed + 1}, so the same seed and instance
 * order give the same fit. Not thread-safe: one analysis is fed by one stream.
 */
public final class PeakEnd {

	/**
	 * An instance needs at least this many answered touchpoints; with one, peak, trough
	 * and end coincide.
	 */
	public static final int MINIMUM_ANSWERED = 2;

	/**
	 * The value of {@link PeakEndOptions#endTouchpoint()} when the journey has no
	 * designated end moment.
	 */
	public static final int NO_END_TOUCHPOINT = -1;

	private final RatingScale touchpointScale;

	private final RatingScale outcomeScale;

	private final PeakEndOptions options;

	/**
	 * The number of features, 4 or 5 with durations; the outcome is the column after
	 * them.
	 */
	private final int columns;

	private final MomentBlocks blocks;

	/**
	 * The features and the outcome of the instance being added; reused so that adding
	 * allocates no array.
	 */
	private final double[] row;

	private long used;

	private long skipped;

	/**
	 * Creates an analysis with the {@link PeakEndOptions#defaults() default options}.
	 * @param touchpointScale the scale of the touchpoint ratings
	 * @param outcomeScale the scale of the overall rating (NPS 0–10, CSAT 1–5, …)
	 */
	public PeakEnd(RatingScale touchpointScale, RatingScale outcomeScale) {
		this(touchpointScale, outcomeScale, PeakEndOptions.defaults());
	}

	/**
	 * Creates an analysis.
	 * @param touchpointScale the scale of the touchpoint ratings
	 * @param outcomeScale the scale of the overall rating
	 * @param options the end rule, durations, folds, resamples and seed
	 */
	public PeakEnd(RatingScale touchpointScale, RatingScale outcomeScale, PeakEndOptions options) {
		if (touchpointScale == null || outcomeScale == null || options == null) {
			throw new IllegalArgumentException("Scales and options are required");
		}
		this.touchpointScale = touchpointScale;
		this.outcomeScale = outcomeScale;
		this.options = options;
		this.columns = options.includesDuration() ? 5 : 4;
		int blocks = options.folds() * ((MomentBlocks.DEFAULT_BLOCKS + options.folds() - 1) / options.folds());
		this.blocks = new MomentBlocks(this.columns + 1, blocks, options.seed());
		// without durations the outcome takes the place where PeakEndFeatures.copyTo puts
		// the duration
		this.row = new double[this.columns + 1];
	}

	/**
	 * Adds one instance to an analysis without durations.
	 * @param ratingsInJourneyOrder the raw touchpoint ratings, {@code NaN} for missing
	 * @param overallOutcome the raw overall rating, {@code NaN} when missing
	 * @return whether the instance was used; it is skipped (and counted) when too few
	 * touchpoints are answered or the outcome is missing
	 * @throws IllegalArgumentException if a rating or the outcome lies outside its scale
	 * @throws IllegalStateException if the analysis was created with durations
	 */
	public boolean add(double[] ratingsInJourneyOrder, double overallOutcome) {
		if (this.options.includesDuration()) {
			throw new IllegalStateException("This analysis includes durations; pass one with each instance");
		}
		return accept(ratingsInJourneyOrder, overallOutcome, Double.NaN);
	}

	/**
	 * Adds one instance to an analysis with durations.
	 * @param ratingsInJourneyOrder the raw touchpoint ratings, {@code NaN} for missing
	 * @param overallOutcome the raw overall rating, {@code NaN} when missing
	 * @param duration the instance's duration in any fixed unit, {@code NaN} when unknown
	 * (the instance is skipped)
	 * @return whether the instance was used
	 * @throws IllegalStateException if the analysis was created without durations
	 */
	public boolean add(double[] ratingsInJourneyOrder, double overallOutcome, double duration) {
		if (!this.options.includesDuration()) {
			throw new IllegalStateException(
					"This analysis has no durations; create it with PeakEndOptions.withDuration()");
		}
		return accept(ratingsInJourneyOrder, overallOutcome, duration);
	}

	private boolean accept(double[] ratings, double overallOutcome, double duration) {
		Optional<PeakEndFeatures> features = PeakEndFeatures.of(ratings, this.touchpointScale,
				this.options.endTouchpoint());
		double outcome = Double.isNaN(overallOutcome) ? Double.NaN : this.outcomeScale.rescale(overallOutcome);
		boolean missingDuration = this.options.includesDuration() && !Double.isFinite(duration);
		if (features.isEmpty() || Double.isNaN(outcome) || missingDuration) {
			this.skipped++;
			return false;
		}
		features.get().copyTo(this.row, duration);
		this.row[this.columns] = outcome;
		this.blocks.add(this.row);
		this.used++;
		return true;
	}

	/**
	 * The number of instances used so far.
	 * @return the count of instances with enough answered touchpoints and an outcome
	 */
	public long used() {
		return this.used;
	}

	/**
	 * The number of instances skipped so far.
	 * @return the count of instances with too few answered touchpoints or a missing
	 * outcome (or duration)
	 */
	public long skipped() {
		return this.skipped;
	}

	/**
	 * The fewest used instances {@link #fit()} needs: as many as folds and enough for
	 * each training set to have residual degrees of freedom. Instances fall into folds at
	 * random, so near this minimum a fold can still be empty or a training set
	 * degenerate; then {@link #fit()} is empty.
	 * @return {@code max(folds, 2 · (predictors + 2))}
	 */
	public int minimumInstances() {
		return Math.max(this.options.folds(), 2 * (this.columns + 2));
	}

	/**
	 * Fits the peak-end and the mean-only model to the instances added so far.
	 * @return the fit, or empty when there are fewer than {@link #minimumInstances()}
	 * instances, the outcome does not vary, or the features are collinear (for example
	 * when every instance has exactly two answered touchpoints, so that the mean is the
	 * midpoint of peak and trough), in all instances or in a cross-validation training
	 * set
	 */
	public Optional<PeakEndFit> fit() {
		if (this.used < minimumInstances()) {
			return Optional.empty();
		}
		Moments total = this.blocks.total();
		int[] features = new int[this.columns];
		Arrays.setAll(features, (j) -> j);
		int[] meanOnly = { Component.MEAN.ordinal() };
		try {
			LinearRegression.Fit peakEndFit = LinearRegression.fit(total, this.columns, features);
			Optional<Bootstrap.Result> bootstrap = bootstrap(features);
			IntFunction<Interval> intervals = (j) -> bootstrap.map((result) -> Interval.of(result.estimate(j)))
				.orElse(Interval.UNDEFINED);
			ModelFit peakEnd = modelFit(Model.PEAK_END, Arrays.copyOf(Component.values(), this.columns), peakEndFit,
					features, intervals);
			ModelFit mean = modelFit(Model.MEAN_ONLY, new Component[] { Component.MEAN },
					LinearRegression.fit(total, this.columns, meanOnly), meanOnly, (j) -> Interval.UNDEFINED);
			return Optional.of(new PeakEndFit(peakEnd, mean, this.used, this.skipped,
					bootstrap.map(Bootstrap.Result::resamples).orElse(0), Verdict.judge(peakEnd, mean)));
		}
		catch (IllegalArgumentException ex) {
			// LinearRegression rejects a constant outcome and constant or collinear
			// features
			return Optional.empty();
		}
	}

	private ModelFit modelFit(Model model, Component[] components, LinearRegression.Fit fit, int[] predictors,
			IntFunction<Interval> intervals) {
		double[] coefficients = fit.coefficients();
		double[] standardized = fit.standardizedCoefficients();
		List<Weight> weights = new ArrayList<>();
		for (int j = 0; j < components.length; j++) {
			weights.add(new Weight(components[j], coefficients[j], standardized[j], intervals.apply(j)));
		}
		double rmse = LinearRegression.crossValidatedRmse(this.blocks, this.options.folds(), this.columns, predictors);
		return new ModelFit(model, fit.intercept(), List.copyOf(weights), fit.rSquared(), fit.adjustedRSquared(), rmse);
	}

	/**
	 * Bootstraps the standardized peak-end weights by resampling blocks; resamples on
	 * which the model cannot be fitted are dropped.
	 * @return the intervals, or empty when the model could be fitted on no resample at
	 * all
	 */
	private Optional<Bootstrap.Result> bootstrap(int[] features) {
		try {
			return Optional.of(this.blocks.bootstrap(this.options.resamples(), this.options.seed() + 1,
					(moments) -> LinearRegression.fit(moments, this.columns, features).standardizedCoefficients()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
