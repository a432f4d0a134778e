package io.peakxm.insight;

import io.peakxm.insight.calculation.EmotionalCurve;
import io.peakxm.shared.Emotion;
import io.peakxm.shared.LocalizedText;

/**
 * One touchpoint of the emotional curve: what was designed, the measured curve point
 * (ratings on −1…+1, the {@linkplain Emotion#unit() unit} of the emotion scale, see
 * {@link JourneyLayout#TOUCHPOINT_SCALE}) and how often it is the peak, the trough and
 * the end of a customer's journey (shares of all instances with at least two rated
 * touchpoints; ties count for every tied touchpoint).
 */
public record CurvePoint(long touchpointId, LocalizedText name, LocalizedText stage, int designedEmotion,
		boolean designedPeak, boolean endMoment, EmotionalCurve.Point measured, double peakShare, double troughShare,
		double endShare) {

	/**
	 * The designed emotion (−2…+2) on the −1…+1 scale of the measured curve: its
	 * {@link Emotion#unit()}.
	 */
	public double designed() {
		return new Emotion(designedEmotion).unit();
	}

	/**
	 * Measured mean minus designed emotion, both on −1…+1 (negative: below the design).
	 */
	public double gapToDesigned() {
		return measured.mean() - designed();
	}
}
