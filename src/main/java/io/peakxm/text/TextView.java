package io.peakxm.text;

/**
 * A text prepared for matching with the original offsets kept: full-width forms folded to
 * their half-width equivalents, letters lower-cased, HTML tags blanked out with spaces
 * (their words do not count). Every change keeps the length, so an offset into
 * {@link #norm} is an offset into {@link #original}.
 */
final class TextView {

	/** Texts longer than this are analysed up to here only; the rest is ignored. */
	static final int MAX_CHARS = 100_000;

	final String original;

	final String norm;

	private TextView(String original, String norm) {
		this.original = original;
		this.norm = norm;
	}

	static TextView of(String text) {
		String original = (text != null) ? text : "";
		if (original.length() > MAX_CHARS) {
			original = original.substring(0,
					Character.isHighSurrogate(original.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS);
		}
		char[] chars = new char[original.length()];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = fold(original.charAt(i));
		}
		blankTags(chars);
		return new TextView(original, new String(chars));
	}

	/**
	 * Full-width ASCII to ASCII, ideographic space to space, lower case; one char in, one
	 * char out.
	 */
	static char fold(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			c = (char) (c - 0xFEE0);
		}
		else if (c == '\u3000' || c == '\u00A0') {
			c = ' ';
		}
		return Character.toLowerCase(c);
	}

	/**
	 * Replaces markup such as {@code <br/>
	 * } or {@code <a href="...">} with spaces.
	 */
	private static void blankTags(char[] chars) {
		int i = 0;
		while (i < chars.length) {
			if (chars[i] == '<' && i + 1 < chars.length
					&& (Character.isLetter(chars[i + 1]) || chars[i + 1] == '/' || chars[i + 1] == '!')) {
				int limit = Math.min(chars.length, i + 500);
				int j = i + 1;
				while (j < limit && chars[j] != '>' && chars[j] != '<') {
					j++;
				}
				if (j < limit && chars[j] == '>') {
					for (int k = i; k <= j; k++) {
						chars[k] = ' ';
					}
					i = j + 1;
					continue;
				}
			}
			i++;
		}
	}

	int length() {
		return this.norm.length();
	}

	String originalSlice(int start, int end) {
		return this.original.substring(start, end);
	}

}
