package io.peakxm.text;

import java.util.List;

/**
 * Tells Chinese, English and other texts apart by script: Han characters against Latin
 * letters (weighted by how much a letter carries compared with a character), kana and
 * other scripts against both. Latin text counts as English only when enough of its words
 * are known English words.
 */
final class LanguageDetector {

	private final Lexicons lex;

	LanguageDetector(Lexicons lex) {
		this.lex = lex;
	}

	Language detect(List<Token> tokens) {
		int han = 0;
		int latinLetters = 0;
		int latinWords = 0;
		int knownWords = 0;
		int other = 0;
		int kana = 0;
		for (Token t : tokens) {
			if (t.is(Token.Kind.HAN)) {
				han++;
			}
			else if (t.is(Token.Kind.WORD)) {
				Character.UnicodeScript script = Character.UnicodeScript.of(t.text().codePointAt(0));
				if (script == Character.UnicodeScript.LATIN) {
					latinWords++;
					latinLetters += t.text().length();
					if (this.lex.stopEnglish.contains(t.text()) || this.lex.english.containsKey(t.text())) {
						knownWords++;
					}
				}
				else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
					kana += t.text().length();
				}
				else if (script != Character.UnicodeScript.COMMON) {
					other += t.text().length();
				}
			}
		}
		if (kana > 0 && kana * 5 >= han) {
			return Language.OTHER;
		}
		boolean english = latinWords > 0 && (latinWords < 3 || knownWords * 10 >= latinWords * 3);
		double zh = han;
		double en = english ? latinLetters * 0.35 : 0;
		double rest = other * 0.5 + (english ? 0 : latinLetters * 0.35);
		if (zh == 0 && en == 0) {
			return Language.OTHER;
		}
		if (rest > zh && rest > en) {
			return Language.OTHER;
		}
		return (zh >= en) ? Language.ZH : Language.EN;
	}

}
