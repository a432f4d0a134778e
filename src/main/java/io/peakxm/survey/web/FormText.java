package io.peakxm.survey.web;

import java.util.ArrayList;
import java.util.List;

import io.peakxm.survey.ChoiceOption;

/** How the question forms read and write their free-text fields. */
final class FormText {

	private FormText() {
	}

	/** Null for a blank text, else the text trimmed. */
	static String blank(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/**
	 * Options typed one per line as {@code key | English label | Chinese label} (labels
	 * optional; blank lines ignored).
	 */
	static List<ChoiceOption> options(String text) {
		List<ChoiceOption> result = new ArrayList<>();
		if (text == null) {
			return result;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			result.add(new ChoiceOption(parts[0].trim(), parts.length > 1 ? blank(parts[1]) : null,
					parts.length > 2 ? blank(parts[2]) : null, null));
		}
		return result;
	}

	/** The options as the form shows them, one {@code key | en | zh} line each. */
	static String lines(List<ChoiceOption> options) {
		StringBuilder sb = new StringBuilder();
		for (ChoiceOption o : options) {
			sb.append(o.key())
				.append(" | ")
				.append(o.labelEn() == null ? "" : o.labelEn())
				.append(" | ")
				.append(o.labelZh() == null ? "" : o.labelZh())
				.append('\n');
		}
		return sb.toString();
	}

}
