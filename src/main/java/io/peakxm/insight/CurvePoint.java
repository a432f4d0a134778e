package io.peakxm.insight;

import io.peakxm.insight.calculation.EmotionalCurve;
import io.peakxm.shared.LocalizedText;

/**
 * One touchpoint of the emotional curve: what was designed, the measured curve point (ratings on −1…+1) and how
 * often it is the peak, the trough and the end of a customer's journey (shares of all instances with at least two
 * rated touchpoints; ties count for every tied touchpoint).
 */
public record CurvePoint(long touchpointId, LocalizedText name, LocalizedText stage, int designedEmotion, boolean designedPeak,
		boolean endMoment, EmotionalCurve.Point measured, double peakShare, double troughShare, double endShare) {

	/** The designed emotion (−2…+2) on the −1…+1 scale of the measured curve. */
	public double designed() {
		return io.peakxm.insight.calculation.RatingScale.DESIGNED_EMOTION.rescale(designedEmotion);
	}

	/** Measured mean minus designed emotion, both on −1…+1 (negative: below the design). */
	public double gapToDesigned() {
		return measured.gapToDesigned(designedEmotion);
	}
}
