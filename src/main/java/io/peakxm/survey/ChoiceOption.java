package io.peakxm.survey;

/** An option of a choice question, or a row of a matrix question (which may rate a journey touchpoint). */
public record ChoiceOption(String key, String labelEn, String labelZh, Long touchpointId) {

	public String label(boolean chinese) {
		return chinese && labelZh != null && !labelZh.isBlank() ? labelZh : labelEn;
	}
}
