package io.peakxm.insight.prediction;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A trained model that gives a response its probability of being at risk (dissatisfied),
 * with how well it did on responses held out of training, how a logistic-regression
 * baseline did on the same responses, and the factors that drive its predictions.
 * <p>
 * Training: at most {@link TrainingOptions#maxRows()} responses are used (a seeded
 * reservoir sample when there are more); a stratified, seeded share is held out; a random
 * forest and the baseline are trained on the rest; both are measured on the held-out
 * part. The one with the higher held-out AUC (the forest on a tie) is the one that scores
 * responses ({@link #scoredBy()}): where the risk adds up touchpoint by touchpoint, the
 * simpler model ranks customers as well or better. Its factors are measured on the
 * held-out part too. The model is immutable and {@link #probability(FeatureRow)} may be
 * called from many threads at once. Training runs its trees and factor measurements on
 * the common fork-join pool.
 */
public final class RiskModel {

	/** The fewest responses of each outcome a model is trained from. */
	public static final int MINIMUM_PER_OUTCOME = 50;

	/** The trained models. */
	public enum Kind {

		/** The random forest. */
		FOREST,
		/** The logistic-regression baseline. */
		LOGISTIC_BASELINE

	}

	private final FeatureLayout layout;

	private final Kind scoredBy;

	private final Scorer scorer;

	private final Evaluation evaluation;

	private final Evaluation baseline;

	private final List<Factor> factors;

	private RiskModel(FeatureLayout layout, Kind scoredBy, Scorer scorer, Evaluation evaluation, Evaluation baseline,
			List<Factor> factors) {
		this.layout = layout;
		this.scoredBy = scoredBy;
		this.scorer = scorer;
		this.evaluation = evaluation;
		this.baseline = baseline;
		this.factors = factors;
	}

	/**
	 * Trains and measures a model.
	 * @param table the responses' features
	 * @param atRisk per row of the table, whether that response was dissatisfied (at
	 * risk)
	 * @param options the held-out share, row cap, number of trees and seed
	 * @return the trained model
	 * @throws IllegalArgumentException if an argument is missing, the labels do not match
	 * the rows, or the rows used have fewer than {@link #MINIMUM_PER_OUTCOME} responses
	 * of either outcome
	 */
	public static RiskModel train(FeatureTable table, boolean[] atRisk, TrainingOptions options) {
		if (table == null || atRisk == null || options == null) {
			throw new IllegalArgumentException("Training needs a table, its outcomes and options");
		}
		if (atRisk.length != table.size()) {
			throw new IllegalArgumentException(
					"The table has " + table.size() + " rows but " + atRisk.length + " outcomes; give one per row");
		}
		SplittableRandom random = new SplittableRandom(options.seed());
		int[] used = Sampling.reservoir(table.size(), options.maxRows(), random.split());
		checkOutcomes(used, atRisk, table.size());
		Sampling.Split split = Sampling.stratified(used, atRisk, options.heldOutShare(), random.split());
		List<FeatureSummary> summaries = FeatureSummary.of(table, split.training());
		Scorer forest = ForestTraining.train(table, atRisk, split.training(), summaries, options.trees(),
				random.split());
		Scorer linear = LogisticBaseline.train(table, atRisk, split.training(), summaries);
		Evaluation forestFigures = evaluate(forest, table, atRisk, split);
		Evaluation linearFigures = evaluate(linear, table, atRisk, split);
		Kind better = linearFigures.auc() > forestFigures.auc() ? Kind.LOGISTIC_BASELINE : Kind.FOREST;
		Scorer scorer = better == Kind.FOREST ? forest : linear;
		return new RiskModel(table.layout(), better, scorer, forestFigures, linearFigures,
				PermutationImportance.of(scorer, table, atRisk, split.heldOut(), random.split()));
	}

	/**
	 * The model that scores responses: the one with the higher held-out AUC, the forest
	 * on a tie.
	 * @return the forest or the baseline
	 */
	public Kind scoredBy() {
		return this.scoredBy;
	}

	/**
	 * How the model that scores responses did on the held-out responses.
	 * @return the forest's or the baseline's figures
	 */
	public Evaluation scoring() {
		return this.scoredBy == Kind.FOREST ? this.evaluation : this.baseline;
	}

	/**
	 * The probability that a response is at risk, by the model that scores
	 * ({@link #scoredBy()}).
	 * @param row the response's features, in this model's layout
	 * @return 0 … 1; a response is flagged at risk from {@link ConfusionCounts#THRESHOLD}
	 * @throws IllegalArgumentException if the row has another layout
	 */
	public double probability(FeatureRow row) {
		if (row == null || (row.layout() != this.layout && !row.layout().equals(this.layout))) {
			throw new IllegalArgumentException("The row needs this model's features " + this.layout);
		}
		return this.scorer.probability(row);
	}

	/**
	 * The features the model reads, in order.
	 * @return the layout
	 */
	public FeatureLayout layout() {
		return this.layout;
	}

	/**
	 * How the forest did on the held-out responses.
	 * @return accuracy, AUC, counts and sizes
	 */
	public Evaluation evaluation() {
		return this.evaluation;
	}

	/**
	 * How logistic regression, trained and measured on the same rows, did.
	 * @return the baseline's figures
	 */
	public Evaluation baseline() {
		return this.baseline;
	}

	/**
	 * The forest's held-out accuracy minus the baseline's ("trees beat the linear
	 * baseline by X points").
	 * @return the difference in accuracy, −1 … 1
	 */
	public double accuracyGainOverBaseline() {
		return this.evaluation.accuracy() - this.baseline.accuracy();
	}

	/**
	 * Every feature with its importance in the model that scores, strongest first.
	 * @return the factors, whose shares sum to 1 (or are all 0 when no feature matters)
	 */
	public List<Factor> factors() {
		return this.factors;
	}

	private static void checkOutcomes(int[] used, boolean[] atRisk, int tableSize) {
		int positives = 0;
		for (int row : used) {
			positives += atRisk[row] ? 1 : 0;
		}
		int negatives = used.length - positives;
		if (positives < MINIMUM_PER_OUTCOME || negatives < MINIMUM_PER_OUTCOME) {
			String sample = (used.length < tableSize)
					? " in the sample of " + used.length + " of " + tableSize + " rows" : "";
			throw new IllegalArgumentException(
					"Training needs at least " + MINIMUM_PER_OUTCOME + " responses of each outcome, but there are "
							+ positives + " at risk and " + negatives + " satisfied" + sample);
		}
	}

	private static Evaluation evaluate(Scorer model, FeatureTable table, boolean[] atRisk, Sampling.Split split) {
		int[] heldOut = split.heldOut();
		double[] probabilities = new double[heldOut.length];
		boolean[] outcomes = new boolean[heldOut.length];
		for (int i = 0; i < heldOut.length; i++) {
			probabilities[i] = model.probability(table.row(heldOut[i]));
			outcomes[i] = atRisk[heldOut[i]];
		}
		return new Evaluation(ConfusionCounts.of(probabilities, outcomes), AreaUnderCurve.of(probabilities, outcomes),
				split.training().length);
	}

}
