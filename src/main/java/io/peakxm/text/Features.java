package io.peakxm.text;

import java.util.Arrays;
import java.util.List;

/**
 * Hashed features of a span for the sentiment model: Han character 1–3-grams (unigrams
 * also marked when they follow a Chinese negator within {@value #NEGATION_SCOPE_ZH}
 * characters), English words (marked when a negation precedes them within three words)
 * and word bigrams, emoji, and dense lexicon features from {@link RuleScorer}. Sparse
 * values are scaled by the contrast weight and by 1/sqrt(count).
 */
final class Features {

	/** Number of hashed buckets; the first {@link #DENSE} are the dense features. */
	static final int DIM = 1 << 18;

	static final int DENSE = 8;

	final int[] index;

	final float[] value;

	final int size;

	private Features(int[] index, float[] value, int size) {
		this.index = index;
		this.value = value;
		this.size = size;
	}

	static Features of(TextView view, List<Token> tokens, RuleScorer.Score rules) {
		int capacity = DENSE + tokens.size() * 5 + 2;
		int[] index = new int[capacity];
		float[] value = new float[capacity];
		int n = DENSE;
		String s = view.norm;
		int contrast = rules.contrast();
		int negationLeft = 0;
		int hanNegationLeft = 0;
		Token previous = null;
		Token beforePrevious = null;
		for (Token t : tokens) {
			float w = (float) RuleScorer.weight(t.start(), contrast);
			switch (t.kind()) {
				case HAN -> {
					index[n] = bucket(hash(0x68, s, t.start(), t.end()));
					value[n++] = w;
					if (hanNegationLeft > 0) {
						index[n] = bucket(hash(0x4E, s, t.start(), t.end()));
						value[n++] = w;
						hanNegationLeft--;
					}
					if (isNegatorZh(s.charAt(t.start()))) {
						hanNegationLeft = NEGATION_SCOPE_ZH;
					}
					if (previous != null && previous.is(Token.Kind.HAN) && previous.end() == t.start()) {
						int h = hash(0x62, s, previous.start(), previous.end());
						index[n] = bucket(hash(h, s, t.start(), t.end()));
						value[n++] = w;
						if (contrast >= 0 && t.start() > contrast) {
							index[n] = bucket(hash(h * 7 + 0x41, s, t.start(), t.end()));
							value[n++] = w;
						}
						if (beforePrevious != null && beforePrevious.is(Token.Kind.HAN)
								&& beforePrevious.end() == previous.start()) {
							int h3 = hash(hash(0x74, s, beforePrevious.start(), beforePrevious.end()), s,
									previous.start(), previous.end());
							index[n] = bucket(hash(h3, s, t.start(), t.end()));
							value[n++] = w;
						}
					}
				}
				case WORD -> {
					boolean negated = negationLeft > 0;
					index[n] = bucket(hash(negated ? 0x6E : 0x77, s, t.start(), t.end()));
					value[n++] = w;
					if (previous != null && previous.is(Token.Kind.WORD)) {
						int h = hash(0x32, s, previous.start(), previous.end());
						index[n] = bucket(hash(h * 31 + ' ', s, t.start(), t.end()));
						value[n++] = w;
					}
					negationLeft = Lexicons.isNegatorEn(t.text()) ? 3 : negationLeft - 1;
				}
				case EMOJI -> {
					index[n] = bucket(hash(0x65, s, t.start(), t.end()));
					value[n++] = w;
				}
				case PUNCT -> {
					negationLeft = 0;
					hanNegationLeft = 0;
				}
			}
			beforePrevious = previous;
			previous = t;
		}
		float scale = (n > DENSE) ? (float) (1 / Math.sqrt(n - DENSE)) : 0;
		for (int k = DENSE; k < n; k++) {
			value[k] *= scale;
		}
		double[] dense = { 1, squash(rules.english()), squash(rules.chinese()), squash(rules.emoji()), rules.compound(),
				(rules.hits() == 0) ? 1 : 0, Math.max(0, rules.compound()), Math.min(0, rules.compound()) };
		for (int k = 0; k < DENSE; k++) {
			index[k] = k;
			value[k] = (float) dense[k];
		}
		return new Features(index, value, n);
	}

	/**
	 * How many Han characters after a negator (不, 没, 无, 未, 别) get a negated unigram
	 * feature too (up to punctuation).
	 */
	static final int NEGATION_SCOPE_ZH = 4;

	private static boolean isNegatorZh(char c) {
		return c == '不' || c == '没' || c == '无' || c == '未' || c == '别';
	}

	private static double squash(double x) {
		return x / Math.sqrt(x * x + 15);
	}

	static int hash(int seed, String s, int start, int end) {
		int h = seed * 0x9E3779B1;
		for (int i = start; i < end; i++) {
			h = (h ^ s.charAt(i)) * 0x01000193;
		}
		return h;
	}

	private static int bucket(int h) {
		h ^= h >>> 16;
		h *= 0x85EBCA6B;
		h ^= h >>> 13;
		return DENSE + Math.floorMod(h, DIM - DENSE);
	}

	@Override
	public String toString() {
		return Arrays.toString(Arrays.copyOf(this.index, this.size));
	}

}
