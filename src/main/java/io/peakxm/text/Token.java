package io.peakxm.text;

/**
 * One token of a {@link TextView}: a word of letters or digits, a single Han character,
 * an emoji or a punctuation mark that matters to the analysis.
 *
 * @param kind what the token is
 * @param start char offset
 * @param end char offset just past the token
 * @param text the normalised (folded, lower-cased) text
 * @param caps whether the word was written in capitals (two letters or more)
 */
record Token(Kind kind, int start, int end, String text, boolean caps) {

	enum Kind {

		WORD, HAN, EMOJI, PUNCT

	}

	boolean is(Kind other) {
		return this.kind == other;
	}

}
