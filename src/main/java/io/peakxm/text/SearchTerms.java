package io.peakxm.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Index terms for full-text search. Text is NFKC-normalised (full-width forms become
 * half-width) and lower-cased; Chinese runs are split into words by smartcn, everything
 * else by Lucene's standard tokenizer with its minimal English plural stemmer ("bags" and
 * "bag" meet). HTML tags are not indexed. Each term keeps the char offsets of its source
 * in the original text, for highlighting.
 */
public final class SearchTerms {

	/**
	 * An index term.
	 *
	 * @param term the normalised term
	 * @param start char offset in the original text
	 * @param end char offset just past it
	 */
	public record Term(String term, int start, int end) {
	}

	private static final Analyzer STANDARD = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer tokenizer = new StandardTokenizer();
			TokenStream stream = new EnglishMinimalStemFilter(new LowerCaseFilter(tokenizer));
			return new TokenStreamComponents(tokenizer, stream);
		}
	};

	private SearchTerms() {
	}

	/** The index terms of a text in text order; empty for null or blank texts. */
	public static List<Term> of(String text) {
		TextView view = TextView.of(text);
		String s = view.norm;
		List<Term> terms = new ArrayList<>();
		int i = 0;
		while (i < s.length()) {
			boolean han = Tokenizer.isHan(s.charAt(i));
			int j = i + 1;
			while (j < s.length() && Tokenizer.isHan(s.charAt(j)) == han) {
				j++;
			}
			if (han) {
				for (ChineseWords.Word w : ChineseWords.of(s, i, j)) {
					terms.add(new Term(w.text(), w.start(), w.end()));
				}
			}
			else if (hasLetterOrDigit(s, i, j)) {
				standard(s.substring(i, j), i, terms);
			}
			i = j;
		}
		return terms;
	}

	/**
	 * The terms of a search box query, normalised like {@link #of}, each once, in query
	 * order.
	 */
	public static List<String> query(String userQuery) {
		LinkedHashSet<String> terms = new LinkedHashSet<>();
		for (Term t : of(userQuery)) {
			terms.add(t.term());
		}
		return List.copyOf(terms);
	}

	private static void standard(String segment, int offset, List<Term> terms) {
		try (TokenStream stream = STANDARD.tokenStream("text", segment)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String t = Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
				if (!t.isBlank()) {
					terms.add(new Term(t, offset + offsets.startOffset(), offset + offsets.endOffset()));
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean hasLetterOrDigit(String s, int from, int to) {
		for (int i = from; i < to; i++) {
			if (Character.isLetterOrDigit(s.charAt(i)) || Character.isSurrogate(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
