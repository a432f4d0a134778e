package io.peakxm.insight.prediction;

/**
 * How well a model predicted the responses held out of its training.
 *
 * @param confusion the predictions against the outcomes at a probability of one half
 * @param auc the area under the ROC curve: the chance that a random at-risk response gets
 * a higher probability than a random satisfied one (0.5 is guessing, 1 is perfect)
 * @param trainingRows the number of responses the model was trained on
 */
public record Evaluation(ConfusionCounts confusion, double auc, int trainingRows) {

	/**
	 * Checks the figures.
	 */
	public Evaluation {
		if (confusion == null || !(auc >= 0 && auc <= 1) || trainingRows < 1) {
			throw new IllegalArgumentException("An evaluation needs counts, an AUC in [0, 1] and training rows");
		}
	}

	/**
	 * The share of held-out responses predicted correctly.
	 * @return 0 … 1
	 */
	public double accuracy() {
		return this.confusion.accuracy();
	}

	/**
	 * The number of responses held out and predicted.
	 * @return the count
	 */
	public int heldOutRows() {
		return this.confusion.total();
	}

}
