package io.peakxm.text;

import java.util.List;
import java.util.Map;

/**
 * Lexicon sentiment with VADER's rules, for English words, Chinese words and emoji
 * together: a negation in the three words (or characters) before a sentiment word flips
 * and damps it, intensifiers strengthen it, a word in capitals among lower-case words
 * counts more, the part after a contrast ("but", "但是" …) counts 1.5 times and the part
 * before half, exclamation marks push the sum further from zero.
 */
final class RuleScorer {

	static final double NEGATION = -0.74;

	static final double CAPS = 0.733;

	private final Lexicons lex;

	RuleScorer(Lexicons lex) {
		this.lex = lex;
	}

	/**
	 * The result of scoring a span.
	 *
	 * @param english summed English valence
	 * @param chinese summed Chinese valence
	 * @param emoji summed emoji valence
	 * @param hits number of sentiment words and emoji found
	 * @param compound the normalised score -1..+1
	 * @param contrast the char offset of the last contrast word in the span, or -1
	 */
	record Score(double english, double chinese, double emoji, int hits, double compound, int contrast) {

	}

	Score score(TextView view, List<Token> tokens) {
		int contrast = contrastOffset(view, tokens);
		boolean mixedCase = mixedCase(tokens);
		double en = 0;
		double zh = 0;
		double em = 0;
		int hits = 0;
		int exclamations = 0;
		int questions = 0;
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			switch (t.kind()) {
				case WORD -> {
					int phraseLength = phraseAt(tokens, i);
					double v;
					if (phraseLength > 0) {
						v = this.lex.englishPhrases.get(t.text())
							.stream()
							.filter((p) -> p.words().length == phraseLength)
							.findFirst()
							.orElseThrow()
							.valence();
					}
					else if (Lexicons.isNegatorEn(t.text()) || Lexicons.BOOSTERS_EN.containsKey(t.text())) {
						continue;
					}
					else {
						Float f = this.lex.english.get(t.text());
						v = (f != null) ? f : 0;
					}
					if (v == 0) {
						continue;
					}
					if (t.caps() && mixedCase) {
						v += Math.signum(v) * CAPS;
					}
					v = englishContext(tokens, i, v);
					en += v * weight(t.start(), contrast);
					hits++;
					i += Math.max(0, phraseLength - 1);
				}
				case HAN -> {
					int j = i;
					while (j + 1 < tokens.size() && tokens.get(j + 1).is(Token.Kind.HAN)
							&& tokens.get(j + 1).start() == tokens.get(j).end()) {
						j++;
					}
					double[] run = chineseRun(view, tokens.get(i).start(), tokens.get(j).end(), contrast);
					zh += run[0];
					hits += (int) run[1];
					i = j;
				}
				case EMOJI -> {
					Float f = this.lex.emoji.get(t.text());
					if (f != null && f != 0) {
						em += f * weight(t.start(), contrast);
						hits++;
					}
				}
				case PUNCT -> {
					if (t.text().equals("!")) {
						exclamations++;
					}
					else if (t.text().equals("?")) {
						questions++;
					}
				}
			}
		}
		double sum = en + zh + em;
		if (sum != 0) {
			sum += Math.signum(sum) * Math.min(exclamations, 4) * 0.292;
			if (questions > 1) {
				sum += Math.signum(sum) * Math.min(questions * 0.18, 0.96);
			}
		}
		double compound = sum / Math.sqrt(sum * sum + 15);
		return new Score(en, zh, em, hits, compound, contrast);
	}

	private double englishContext(List<Token> tokens, int i, double v) {
		double scaled = v;
		boolean negated = false;
		for (int back = 1; back <= 3 && i - back >= 0; back++) {
			Token p = tokens.get(i - back);
			if (!p.is(Token.Kind.WORD)) {
				break;
			}
			Double booster = Lexicons.BOOSTERS_EN.get(p.text());
			if (booster != null) {
				double b = booster * (1 - 0.05 * (back - 1));
				if (p.caps()) {
					b += Math.signum(b) * CAPS;
				}
				scaled += Math.signum(v) * b;
			}
			negated |= Lexicons.isNegatorEn(p.text());
		}
		return negated ? scaled * NEGATION : scaled;
	}

	/**
	 * Scores a run of Han characters by longest lexicon match; returns {valence, hits}.
	 */
	private double[] chineseRun(TextView view, int from, int to, int contrast) {
		String s = view.norm;
		double sum = 0;
		int hits = 0;
		int consumed = from;
		int i = from;
		while (i < to) {
			int length = 0;
			float v = 0;
			for (int n = Math.min(this.lex.chineseMaxLength, to - i); n >= 1; n--) {
				Float f = this.lex.chinese.get(s.substring(i, i + n));
				if (f != null) {
					length = n;
					v = f;
					break;
				}
			}
			if (length == 0) {
				i++;
				continue;
			}
			double scaled = v;
			int windowStart = Math.max(consumed, i - 4);
			String before = s.substring(windowStart, i);
			for (Map.Entry<String, Double> b : Lexicons.BOOSTERS_ZH) {
				if (before.endsWith(b.getKey()) || (before.length() > b.getKey().length()
						&& before.substring(0, before.length() - 1).endsWith(b.getKey()))) {
					scaled += Math.signum(v) * b.getValue();
					break;
				}
			}
			for (String neg : Lexicons.NEGATORS_ZH) {
				if (before.contains(neg)) {
					scaled *= NEGATION;
					break;
				}
			}
			sum += scaled * weight(i, contrast);
			hits++;
			i += length;
			consumed = i;
		}
		return new double[] { sum, hits };
	}

	private int phraseAt(List<Token> tokens, int i) {
		List<Lexicons.Phrase> phrases = this.lex.englishPhrases.get(tokens.get(i).text());
		if (phrases == null) {
			return 0;
		}
		for (Lexicons.Phrase p : phrases) {
			String[] words = p.words();
			if (i + words.length > tokens.size()) {
				continue;
			}
			boolean match = true;
			for (int k = 1; k < words.length && match; k++) {
				match = tokens.get(i + k).text().equals(words[k]);
			}
			if (match) {
				return words.length;
			}
		}
		return 0;
	}

	/** The char offset of the last contrast word in the span, or -1. */
	static int contrastOffset(TextView view, List<Token> tokens) {
		int offset = -1;
		for (Token t : tokens) {
			if (t.is(Token.Kind.WORD) && Segmenter.CONTRAST_WORDS.contains(t.text())) {
				offset = t.start();
			}
			else if (t.is(Token.Kind.HAN) && Segmenter.contrastAt(view.norm, t.start(), view.length()) > 0) {
				offset = t.start();
			}
		}
		return offset;
	}

	static double weight(int offset, int contrast) {
		if (contrast < 0) {
			return 1;
		}
		return (offset < contrast) ? 0.5 : 1.5;
	}

	private static boolean mixedCase(List<Token> tokens) {
		int caps = 0;
		int words = 0;
		for (Token t : tokens) {
			if (t.is(Token.Kind.WORD)) {
				words++;
				if (t.caps()) {
					caps++;
				}
			}
		}
		return caps > 0 && caps < words;
	}

}
