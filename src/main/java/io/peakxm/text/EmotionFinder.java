package io.peakxm.text;

import java.util.EnumSet;
import java.util.Set;

/**
 * Finds emotions by PeakXM's own cue lists (resource emotions.tsv). A cue does not count
 * when a negation stands in the three words (or two characters) before it: "not
 * disappointed", "不失望".
 */
final class EmotionFinder {

	private final TermIndex<TextEmotion> cues = new TermIndex<>();

	EmotionFinder() {
		for (String[] row : Lexicons.rows("emotions.tsv")) {
			TermMatcher m = TermMatcher.of(row[1]);
			if (m != null) {
				this.cues.add(m, TextEmotion.valueOf(row[0]));
			}
		}
	}

	Set<TextEmotion> find(Doc doc) {
		Set<TextEmotion> found = EnumSet.noneOf(TextEmotion.class);
		for (TermIndex.Hit<TextEmotion> hit : this.cues.find(doc, 0, doc.view.length())) {
			if (!found.contains(hit.value()) && !negated(doc, hit.start(), hit.term().substring() != null)) {
				found.add(hit.value());
			}
		}
		return found;
	}

	private static boolean negated(Doc doc, int start, boolean chinese) {
		if (chinese) {
			String before = doc.view.norm.substring(Math.max(0, start - 2), start);
			for (String neg : Lexicons.NEGATORS_ZH) {
				if (before.contains(neg)) {
					return true;
				}
			}
			return false;
		}
		int i = doc.tokenAt(start);
		for (int back = 1; back <= 3 && i - back >= 0; back++) {
			Token t = doc.tokens.get(i - back);
			if (!t.is(Token.Kind.WORD)) {
				return false;
			}
			if (Lexicons.isNegatorEn(t.text())) {
				return true;
			}
		}
		return false;
	}

}
