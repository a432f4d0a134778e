package io.peakxm.survey;

import io.peakxm.shared.LocalizedText;

/**
 * An option of a choice question, or a row of a matrix question (which may rate a journey
 * touchpoint).
 */
public record ChoiceOption(String key, String labelEn, String labelZh, Long touchpointId) {

	/** The label in both languages, for the edge to show in the reader's. */
	public LocalizedText label() {
		return new LocalizedText(labelEn, labelZh);
	}
}
