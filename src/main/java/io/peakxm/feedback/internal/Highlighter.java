package io.peakxm.feedback.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.peakxm.feedback.FeedbackHit.Part;
import io.peakxm.text.SearchTerms;

/**
 * Cuts a text into the stretches that are search terms and those between, with the same
 * analysis that indexed the text, so what is highlighted is what was found.
 */
final class Highlighter {

	private Highlighter() {
	}

	static List<Part> parts(String text, Set<String> wanted) {
		if (wanted.isEmpty() || text == null || text.isEmpty()) {
			return List.of(new Part(text == null ? "" : text, false));
		}
		List<Part> parts = new ArrayList<>();
		int at = 0;
		for (SearchTerms.Term t : SearchTerms.of(text)) {
			if (!wanted.contains(t.term()) || t.start() < at || t.end() > text.length()) {
				continue;
			}
			if (t.start() > at) {
				parts.add(new Part(text.substring(at, t.start()), false));
			}
			parts.add(new Part(text.substring(t.start(), t.end()), true));
			at = t.end();
		}
		if (at < text.length()) {
			parts.add(new Part(text.substring(at), false));
		}
		return parts;
	}

}
