package io.peakxm.metrics;

import java.util.List;

import io.peakxm.shared.LocalizedText;

/**
 * A touchpoint of the survey's journey as measured: its name and stage in both languages,
 * designed emotion (−2 … +2), designed peak / end moment, the mean rating (1–5) and
 * top-2-box share with intervals, and compliance with its service standards measured by
 * survey questions. {@code measuredEmotion} puts the mean on the designed scale, in the
 * emotion's own unit −2 … +2 ({@link io.peakxm.shared.Emotion#ofRating}: mean − 3),
 * rounded to two decimals.
 */
public record TouchpointScore(long touchpointId, LocalizedText name, LocalizedText stage, int designedEmotion,
		boolean designedPeak, boolean endMoment, Figure mean, Figure topTwo, Double measuredEmotion,
		List<Compliance> compliance) {

	/**
	 * A service standard (its summary, in the one language it is written in), the
	 * question that measures it and the share of responses that met it (null when it
	 * cannot be read from answers).
	 */
	public record Compliance(String standard, LocalizedText question, Figure share) {
	}
}
