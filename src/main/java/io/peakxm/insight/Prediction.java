package io.peakxm.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.peakxm.shared.LocalizedText;

/**
 * The prediction of dissatisfied customers for a query: how well a random forest trained
 * on the touchpoint ratings, number answers (such as waiting minutes or delays) and
 * hidden profile fields predicts the dissatisfied outcome on responses held out of
 * training, next to a logistic-regression baseline; the strongest factors; and the newest
 * responses the model puts at risk.
 *
 * @param surveyId the survey
 * @param from first day of the period
 * @param to last day of the period
 * @param outcome the outcome whose dissatisfied side is predicted
 * ({@link Outcome#dissatisfied(double)})
 * @param responses the responses read (the newest, at most {@link Predictions#MAX_ROWS})
 * @param labelled those with an outcome, which the model learns from
 * @param dissatisfied the labelled responses that are dissatisfied
 * @param trainingRows rows the model was trained on
 * @param heldOutRows rows it was measured on
 * @param accuracy held-out accuracy at probability 0.5
 * @param auc held-out area under the ROC curve
 * @param baselineAccuracy the logistic baseline's held-out accuracy
 * @param baselineAuc the logistic baseline's held-out AUC
 * @param scoredBy the model that scores responses: the one with the higher held-out AUC
 * (the forest on a tie)
 * @param precision held-out share of the responses that model flags that were
 * dissatisfied
 * @param recall held-out share of dissatisfied responses that model flags
 * @param factors that model's strongest factors, strongest first (shares of the held-out
 * AUC lost when shuffled)
 * @param atRisk the newest responses predicted at risk among those that did not give a
 * dissatisfied outcome, most at risk first
 * @param scored how many of the newest responses were looked at for the at-risk list
 * @param candidates how many of those did not give a dissatisfied outcome (none, or a
 * passive or good one): the ones scored
 * @param trainedAt when the model was trained (models are reused for a few minutes)
 */
public record Prediction(long surveyId, LocalDate from, LocalDate to, Outcome outcome, long responses, long labelled,
		long dissatisfied, int trainingRows, int heldOutRows, double accuracy, double auc, double baselineAccuracy,
		double baselineAuc, Model scoredBy, double precision, double recall, List<Factor> factors, List<AtRisk> atRisk,
		int scored, int candidates, Instant trainedAt) {

	/** The trained models. */
	public enum Model {

		/** The random forest. */
		FOREST,
		/** The logistic-regression baseline. */
		LOGISTIC_BASELINE

	}

	/**
	 * A factor of the model: a touchpoint, a number question or a hidden field, with its
	 * share in percent.
	 */
	public record Factor(String kind, String key, LocalizedText name, double share) {
	}

	/**
	 * A response the model puts at risk.
	 *
	 * @param responseId the response
	 * @param submittedAt when it was submitted
	 * @param probability the predicted probability that the customer is dissatisfied
	 * @param outcome the outcome the customer gave, or null when they gave none
	 * @param lowestTouchpoint the touchpoint they rated lowest, or null
	 * @param lowestRating that rating (1–5), or NaN
	 * @param fields the response's hidden fields used by the model
	 */
	public record AtRisk(long responseId, Instant submittedAt, double probability, Double outcome,
			LocalizedText lowestTouchpoint, double lowestRating, Map<String, String> fields) {
	}
}
