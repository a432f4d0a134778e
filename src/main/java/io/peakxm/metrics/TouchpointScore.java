package io.peakxm.metrics;

import java.util.List;

/**
 * A touchpoint of the survey's journey as measured: stage, designed emotion (−2 … +2), designed peak / end
 * moment, the mean rating (1–5) and top-2-box share with intervals, and compliance with its service standards
 * measured by survey questions. {@code measuredEmotion} puts the mean on the designed scale (mean − 3).
 */
public record TouchpointScore(long touchpointId, String name, String stage, int designedEmotion, boolean designedPeak,
		boolean endMoment, Figure mean, Figure topTwo, Double measuredEmotion, List<Compliance> compliance) {

	/** A service standard and the share of responses that met it (null when it cannot be read from answers). */
	public record Compliance(String standard, String question, Figure share) {
	}
}
