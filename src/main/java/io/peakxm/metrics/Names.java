package io.peakxm.metrics;

import io.peakxm.journey.Stage;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.LocalizedText;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.Question;
import io.peakxm.survey.Survey;

/**
 * The names of what figures are about — surveys, questions, options, touchpoints, stages
 * — in both languages, for the web edge to show in the reader's: each as its module names
 * it, and a question's text with affixes.
 */
final class Names {

	private Names() {
	}

	static LocalizedText of(Survey survey) {
		return survey.definition().title();
	}

	static LocalizedText of(Question question) {
		return question.text();
	}

	/** A question's text with a prefix and suffix ("eNPS · …", "… · top-2"). */
	static LocalizedText of(Question question, String prefix, String suffix) {
		return new LocalizedText(affixed(prefix, question.textEn(), suffix),
				affixed(prefix, question.textZh(), suffix));
	}

	static LocalizedText of(ChoiceOption option) {
		return option.label();
	}

	static LocalizedText of(Touchpoint touchpoint) {
		return touchpoint.name();
	}

	static LocalizedText of(Stage stage) {
		return stage.displayName();
	}

	/** A blank text stays blank, so that the other language's text stands in for it. */
	private static String affixed(String prefix, String text, String suffix) {
		return text == null || text.isBlank() ? text : prefix + text + suffix;
	}

}
