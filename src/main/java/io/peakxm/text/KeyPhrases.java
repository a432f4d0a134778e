package io.peakxm.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key phrases of one text: English runs of one to three content words and Chinese words
 * of two or more characters and pairs of adjacent words (smartcn), stop words removed,
 * ranked by count times informativeness (longer phrases count more, bare sentiment words
 * less).
 */
final class KeyPhrases {

	/**
	 * A candidate phrase.
	 *
	 * @param key the phrase compared by stems (for counting across texts)
	 * @param phrase the phrase as first written (lower case)
	 * @param score count times informativeness
	 * @param first offset of its first occurrence
	 */
	record Candidate(String key, String phrase, double score, int first) {
	}

	private KeyPhrases() {
	}

	static List<String> of(Doc doc, Lexicons lex, int max) {
		List<Candidate> ranked = candidates(doc, lex);
		List<String> chosen = new ArrayList<>();
		for (Candidate c : ranked) {
			if (chosen.size() >= max) {
				break;
			}
			boolean inside = chosen.stream().anyMatch((p) -> p.contains(c.phrase()));
			if (!inside) {
				chosen.add(c.phrase());
			}
		}
		return chosen;
	}

	/** All candidates of the text, best first. */
	static List<Candidate> candidates(Doc doc, Lexicons lex) {
		Map<String, double[]> scores = new LinkedHashMap<>();
		Map<String, String> shown = new LinkedHashMap<>();
		english(doc, lex, scores, shown);
		if (doc.tokens.stream().anyMatch((t) -> t.is(Token.Kind.HAN))) {
			chinese(doc, lex, scores, shown);
		}
		List<Candidate> list = new ArrayList<>(scores.size());
		scores.forEach((key, s) -> list.add(new Candidate(key, shown.get(key), s[0], (int) s[1])));
		list.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::first));
		return list;
	}

	private static void english(Doc doc, Lexicons lex, Map<String, double[]> scores, Map<String, String> shown) {
		List<Token> tokens = doc.tokens;
		int runStart = -1;
		for (int i = 0; i <= tokens.size(); i++) {
			boolean content = i < tokens.size() && content(tokens.get(i), lex);
			if (content && runStart < 0) {
				runStart = i;
			}
			if (!content && runStart >= 0) {
				for (int a = runStart; a < i; a++) {
					for (int n = 1; n <= 3 && a + n <= i; n++) {
						StringBuilder key = new StringBuilder();
						StringBuilder text = new StringBuilder();
						for (int k = a; k < a + n; k++) {
							if (k > a) {
								key.append(' ');
								text.append(' ');
							}
							key.append(doc.stems[k]);
							text.append(tokens.get(k).text());
						}
						double info = (n == 1) ? (lex.english.containsKey(tokens.get(a).text()) ? 0.5 : 1.0)
								: (n == 2) ? 1.5 : 1.8;
						add(scores, shown, key.toString(), text.toString(), info, tokens.get(a).start());
					}
				}
				runStart = -1;
			}
		}
	}

	private static boolean content(Token t, Lexicons lex) {
		if (!t.is(Token.Kind.WORD) || t.text().length() < 2 || lex.stopEnglish.contains(t.text())
				|| Lexicons.isNegatorEn(t.text()) || Lexicons.BOOSTERS_EN.containsKey(t.text())) {
			return false;
		}
		String s = t.text();
		if (Character.UnicodeScript.of(s.codePointAt(0)) != Character.UnicodeScript.LATIN) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			if (Character.isLetter(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static void chinese(Doc doc, Lexicons lex, Map<String, double[]> scores, Map<String, String> shown) {
		List<ChineseWords.Word> words = ChineseWords.of(doc.view.norm, 0, doc.view.length());
		ChineseWords.Word previous = null;
		for (ChineseWords.Word w : words) {
			boolean content = w.text().length() >= 2 && !lex.stopChinese.contains(w.text())
					&& !Lexicons.NEGATORS_ZH.contains(w.text().substring(0, 1));
			if (!content) {
				previous = null;
				continue;
			}
			add(scores, shown, w.text(), w.text(), lex.chinese.containsKey(w.text()) ? 0.5 : 1.0, w.start());
			if (previous != null && previous.end() == w.start()) {
				String pair = previous.text() + w.text();
				add(scores, shown, pair, pair, 1.5, previous.start());
			}
			previous = w;
		}
	}

	private static void add(Map<String, double[]> scores, Map<String, String> shown, String key, String text,
			double info, int offset) {
		double[] s = scores.get(key);
		if (s == null) {
			scores.put(key, new double[] { info, offset });
			shown.put(key, text);
		}
		else {
			s[0] += info;
		}
	}

}
