package io.peakxm.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One search term compiled for matching in a {@link Doc}: a term with Han characters
 * matches as a substring of the folded text; any other term matches as a sequence of
 * whole words compared by their light stems. A trailing {@code *} on the last word
 * matches any ending.
 */
final class TermMatcher {

	final String term;

	private final String substring;

	private final String[] stems;

	private final boolean prefix;

	private TermMatcher(String term, String substring, String[] stems, boolean prefix) {
		this.term = term;
		this.substring = substring;
		this.stems = stems;
		this.prefix = prefix;
	}

	/**
	 * Compiles a term, or returns null when it has no letters, digits or characters to
	 * match.
	 */
	static TermMatcher of(String term) {
		String t = term.strip();
		boolean prefix = t.endsWith("*");
		if (prefix) {
			t = t.substring(0, t.length() - 1);
		}
		TextView view = TextView.of(t);
		boolean han = view.norm.codePoints().anyMatch(Tokenizer::isHan);
		if (han) {
			String s = view.norm.strip();
			return s.isEmpty() ? null : new TermMatcher(term, s, null, false);
		}
		List<String> words = new ArrayList<>();
		for (Token token : Tokenizer.tokens(view, 0, view.length())) {
			if (token.is(Token.Kind.WORD) || token.is(Token.Kind.EMOJI)) {
				words.add(prefix ? token.text() : Doc.stem(token.text()));
			}
		}
		if (words.isEmpty()) {
			return null;
		}
		if (prefix) {
			for (int i = 0; i < words.size() - 1; i++) {
				words.set(i, Doc.stem(words.get(i)));
			}
		}
		return new TermMatcher(term, null, words.toArray(String[]::new), prefix);
	}

	/** The Han substring this term matches, or null for a word term. */
	String substring() {
		return this.substring;
	}

	/** The stem of the first word, or null for a Han term or a one-word prefix term. */
	String firstStem() {
		return (this.stems == null || (this.prefix && this.stems.length == 1)) ? null : this.stems[0];
	}

	/** The end offset of a match of this word term starting at token i, or -1. */
	int matchAt(Doc doc, int i) {
		int last = this.stems.length - 1;
		if (i + last >= doc.tokens.size()) {
			return -1;
		}
		for (int k = 0; k <= last; k++) {
			Token t = doc.tokens.get(i + k);
			boolean match = (k == last && this.prefix) ? t.text().startsWith(this.stems[k])
					: doc.stems[i + k].equals(this.stems[k]) || t.text().equals(this.stems[k]);
			if (!match) {
				return -1;
			}
		}
		return doc.tokens.get(i + last).end();
	}

	boolean matches(Doc doc, int from, int to) {
		return find(doc, from, to, from) != null;
	}

	/**
	 * The first match at or after {@code at} within [from, to) as {start, end} offsets,
	 * or null.
	 */
	int[] find(Doc doc, int from, int to, int at) {
		if (this.substring != null) {
			int i = doc.view.norm.indexOf(this.substring, Math.max(from, at));
			return (i >= 0 && i + this.substring.length() <= to) ? new int[] { i, i + this.substring.length() } : null;
		}
		List<Token> tokens = doc.tokens;
		int last = this.stems.length - 1;
		for (int i = doc.tokenAt(Math.max(from, at)); i + last < tokens.size(); i++) {
			if (tokens.get(i + last).end() > to) {
				return null;
			}
			boolean match = true;
			for (int k = 0; k <= last && match; k++) {
				Token t = tokens.get(i + k);
				if (k == last && this.prefix) {
					match = t.text().startsWith(this.stems[k]);
				}
				else {
					match = doc.stems[i + k].equals(this.stems[k]) || t.text().equals(this.stems[k]);
				}
			}
			if (match) {
				return new int[] { tokens.get(i).start(), tokens.get(i + last).end() };
			}
		}
		return null;
	}

	/** All non-overlapping matches within [from, to). */
	List<int[]> findAll(Doc doc, int from, int to) {
		List<int[]> all = new ArrayList<>();
		int at = from;
		for (int[] m = find(doc, from, to, at); m != null; m = find(doc, from, to, at)) {
			all.add(m);
			at = m[1];
		}
		return all;
	}

}
