package io.peakxm.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Chinese word segmentation by Lucene's smartcn (hidden Markov model over its bundled
 * dictionary). The analyzer reuses one tokenizer per thread, so this is safe to share.
 */
final class ChineseWords {

	/**
	 * A word with its offsets.
	 *
	 * @param text the word
	 * @param start char offset
	 * @param end char offset just past it
	 */
	record Word(String text, int start, int end) {
	}

	private static final Analyzer ANALYZER = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			return new TokenStreamComponents(new HMMChineseTokenizer());
		}
	};

	private ChineseWords() {
	}

	/**
	 * Words of the runs of Han characters in the span [from, to) of the text, offsets
	 * into the text.
	 */
	static List<Word> of(String text, int from, int to) {
		List<Word> words = new ArrayList<>();
		int i = from;
		while (i < to) {
			if (!Tokenizer.isHan(text.charAt(i))) {
				i++;
				continue;
			}
			int j = i;
			while (j < to && (Tokenizer.isHan(text.charAt(j)))) {
				j++;
			}
			segment(text.substring(i, j), i, words);
			i = j;
		}
		return words;
	}

	private static void segment(String run, int offset, List<Word> words) {
		if (run.length() == 1) {
			words.add(new Word(run, offset, offset + 1));
			return;
		}
		try (TokenStream stream = ANALYZER.tokenStream("text", run)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(new Word(term.toString(), offset + offsets.startOffset(), offset + offsets.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
