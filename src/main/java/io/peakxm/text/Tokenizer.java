package io.peakxm.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@link TextView} span into {@link Token}s in one pass, without allocation
 * beyond the tokens.
 */
final class Tokenizer {

	private static final String KEPT_PUNCTUATION = "!?.,;:。！？，；：、…~";

	private Tokenizer() {
	}

	static List<Token> tokens(TextView view, int from, int to) {
		List<Token> tokens = new ArrayList<>(Math.max(4, (to - from) / 3));
		String norm = view.norm;
		int i = from;
		while (i < to) {
			int cp = norm.codePointAt(i);
			int n = Character.charCount(cp);
			int skip = handleOrLink(norm, i, to);
			if (skip > i) {
				i = skip;
			}
			else if (isHan(cp)) {
				tokens.add(new Token(Token.Kind.HAN, i, i + n, norm.substring(i, i + n), false));
				i += n;
			}
			else if (Character.isLetterOrDigit(cp)) {
				int j = i + n;
				while (j < to) {
					int c = norm.codePointAt(j);
					if (Character.isLetterOrDigit(c) && !isHan(c)) {
						j += Character.charCount(c);
					}
					else if ((c == '\'' || c == '\u2019') && j + 1 < to && Character.isLetter(norm.charAt(j + 1))) {
						j += 1;
					}
					else {
						break;
					}
				}
				String text = norm.substring(i, j).replace('\u2019', '\'');
				tokens.add(new Token(Token.Kind.WORD, i, j, text, capitals(view.original, i, j)));
				i = j;
			}
			else if (isEmoji(cp)) {
				tokens.add(new Token(Token.Kind.EMOJI, i, i + n, norm.substring(i, i + n), false));
				i += n;
			}
			else {
				if (n == 1 && KEPT_PUNCTUATION.indexOf(cp) >= 0) {
					tokens.add(new Token(Token.Kind.PUNCT, i, i + 1, String.valueOf((char) cp), false));
				}
				i += n;
			}
		}
		return tokens;
	}

	/**
	 * Where an @handle (as social posts address a company) or a web link starting at i
	 * ends, or i when none starts there: their words say nothing about the writer's
	 * sentiment ("@united").
	 */
	private static int handleOrLink(String s, int i, int to) {
		char c = s.charAt(i);
		if (c == '@' && i + 1 < to && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
				&& (Character.isLetterOrDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '_')) {
			int j = i + 1;
			while (j < to && j - i < 40 && (s.charAt(j) < 128)
					&& (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
				j++;
			}
			return j;
		}
		if ((c == 'h' && (s.startsWith("http://", i) || s.startsWith("https://", i)))
				|| (c == 'w' && s.startsWith("www.", i))) {
			int j = i;
			while (j < to && !Character.isWhitespace(s.charAt(j)) && !isHan(s.charAt(j))) {
				j++;
			}
			return j;
		}
		return i;
	}

	static boolean isHan(int cp) {
		return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
	}

	static boolean isEmoji(int cp) {
		if (cp == 0xFE0F || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
			return false;
		}
		int type = Character.getType(cp);
		return cp >= 0x1F000 || type == Character.OTHER_SYMBOL || (cp >= 0x2600 && cp <= 0x27BF);
	}

	private static boolean capitals(String original, int start, int end) {
		if (end - start < 2) {
			return false;
		}
		boolean letter = false;
		for (int k = start; k < end; k++) {
			char c = original.charAt(k);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letter |= Character.isUpperCase(c);
		}
		return letter;
	}

}
