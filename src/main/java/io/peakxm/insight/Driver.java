package io.peakxm.insight;

/**
 * A touchpoint as a driver of the overall NPS answer (Johnson's relative weights): its raw weight (the part of R²
 * it explains) with a bootstrap 95 % interval, its share of R² in percent, whether it beats a random-noise driver
 * (the bootstrap interval of the margin over noise lies above 0), its performance (mean rating 1–5), and its
 * quadrant on the importance–performance matrix.
 */
public record Driver(long touchpointId, String name, double weight, double weightLow, double weightHigh, double share,
		boolean aboveNoise, double performance, Quadrant quadrant) {
}
