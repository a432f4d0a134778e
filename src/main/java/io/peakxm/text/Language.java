package io.peakxm.text;

/**
 * The language of a text or sentence as far as the analysis tells them apart: Chinese,
 * English, or anything else (including texts too short or too mixed to say).
 */
public enum Language {

	ZH("zh"), EN("en"), OTHER("other");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	/** The lower-case code stored with feedback items: "zh", "en" or "other". */
	public String code() {
		return this.code;
	}

}
