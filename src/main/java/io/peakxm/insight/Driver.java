package io.peakxm.insight;

import io.peakxm.shared.LocalizedText;

/**
 * A touchpoint as a driver of the overall outcome (Johnson's relative weights): its raw
 * weight (the part of R² it explains) with a bootstrap 95 % interval, its share of R² in
 * percent with its interval, whether it beats a random-noise driver (the bootstrap
 * interval of its margin over the noise driver lies above 0; otherwise it is not a
 * significant driver), its performance (mean rating 1–5), and its quadrant on the
 * importance–performance matrix.
 */
public record Driver(long touchpointId, LocalizedText name, double weight, double weightLow, double weightHigh,
		double share, double shareLow, double shareHigh, boolean aboveNoise, double performance, Quadrant quadrant) {
}
