package io.peakxm.insight.prediction;

/**
 * How much one feature matters to a risk model's predictions, measured by permutation on
 * the held-out responses: shuffling a strong factor's values among the responses costs
 * the model a lot of its AUC.
 *
 * @param feature the feature's name
 * @param share the feature's part of the summed AUC losses of all features, 0 … 1 (the
 * shares of a model sum to 1)
 * @param aucLoss how much the held-out AUC drops when this feature's values are shuffled,
 * at least 0
 */
public record Factor(String feature, double share, double aucLoss) {

}
