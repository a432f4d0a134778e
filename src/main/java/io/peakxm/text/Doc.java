package io.peakxm.text;

import java.util.List;

/**
 * A text prepared once for all the matchers of an analysis: the {@link TextView}, its
 * tokens and the light stem of each word token.
 */
final class Doc {

	final TextView view;

	final List<Token> tokens;

	final String[] stems;

	private Doc(TextView view, List<Token> tokens) {
		this.view = view;
		this.tokens = tokens;
		this.stems = new String[tokens.size()];
		for (int i = 0; i < this.stems.length; i++) {
			Token t = tokens.get(i);
			this.stems[i] = t.is(Token.Kind.WORD) ? stem(t.text()) : t.text();
		}
	}

	static Doc of(String text) {
		TextView view = TextView.of(text);
		return new Doc(view, Tokenizer.tokens(view, 0, view.length()));
	}

	/** Index of the first token starting at or after the offset. */
	int tokenAt(int offset) {
		int lo = 0;
		int hi = this.tokens.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (this.tokens.get(mid).start() < offset) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	List<Token> tokens(int from, int to) {
		return this.tokens.subList(tokenAt(from), tokenAt(to));
	}

	/**
	 * A light English stem so that plurals and simple inflections meet: "bags" and "bag",
	 * "delayed" and "delay", "the crew's" and "crew".
	 */
	static String stem(String word) {
		String w = word;
		if (w.endsWith("'s")) {
			w = w.substring(0, w.length() - 2);
		}
		int n = w.length();
		if (n > 4 && w.endsWith("ies")) {
			return w.substring(0, n - 3) + "y";
		}
		if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
			return w.substring(0, n - 2);
		}
		if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
			return w.substring(0, n - 1);
		}
		if (n > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
			return w.substring(0, n - 2);
		}
		return w;
	}

}
