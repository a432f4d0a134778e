package io.peakxm.insight.prediction;

/**
 * A trained model behind a {@link RiskModel}: the forest or the logistic baseline.
 */
interface Scorer {

	/**
	 * The probability that the response is at risk; safe to call from many threads at
	 * once.
	 */
	double probability(FeatureRow row);

}
