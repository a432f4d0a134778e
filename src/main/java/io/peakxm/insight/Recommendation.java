package io.peakxm.insight;

import io.peakxm.shared.LocalizedText;

/**
 * One thing to do about the journey, with the number behind it and the expected effect on
 * the overall outcome from the fitted peak-end model.
 *
 * @param kind what to do
 * @param touchpointId the touchpoint it is about
 * @param name the touchpoint's name
 * @param mean the touchpoint's measured mean on −1…+1
 * @param designed its designed emotion on −1…+1
 * @param share how often it is the trough (valley), the peak or the end, 0…1, by kind
 * @param importance its share of R² in the key-driver analysis in percent, or NaN when
 * drivers are not available
 * @param effect the expected change of the overall outcome, in its own unit
 * ({@link Outcome#unitKey()}), when the touchpoint's ratings rise by one point
 * @param supported whether the model term it rests on (trough, peak or end) is
 * significant at 95 %; when it is not, the recommendation is only a hint
 */
public record Recommendation(Kind kind, long touchpointId, LocalizedText name, double mean, double designed,
		double share, double importance, double effect, boolean supported) {

	/** What to do. */
	public enum Kind {

		/** A touchpoint that is often the low point: repair the valley. */
		REPAIR_VALLEY,
		/**
		 * An important touchpoint designed as (or fit to be) a high point that falls
		 * short: create a peak.
		 */
		CREATE_PEAK,
		/**
		 * The end moment weighs on memory and scores below the journey: invest in the
		 * end.
		 */
		RAISE_END,
		/** The end moment weighs on memory and already scores well: protect it. */
		KEEP_END

	}
}
