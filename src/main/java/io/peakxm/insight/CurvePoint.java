package io.peakxm.insight;

import io.peakxm.insight.calculation.EmotionalCurve;

/** One touchpoint of the emotional curve: what was designed, and the measured curve point (ratings on −1…+1). */
public record CurvePoint(long touchpointId, String name, String stage, int designedEmotion, boolean designedPeak,
		boolean endMoment, EmotionalCurve.Point measured) {
}
