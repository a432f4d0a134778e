package io.peakxm.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds sentences and clauses in a {@link TextView} as [start, end) spans without
 * surrounding blanks.
 */
final class Segmenter {

	/** Words that turn a sentence: the part after them weighs more. */
	static final Set<String> CONTRAST_WORDS = Set.of("but", "however");

	static final List<String> CONTRAST_ZH = List.of("但是", "可是", "不过", "然而", "但");

	private Segmenter() {
	}

	/**
	 * Sentences end at 。！？!?；; line breaks, and at a full stop or ellipsis followed by a
	 * blank or the end.
	 */
	static List<int[]> sentences(TextView view) {
		String s = view.norm;
		List<int[]> spans = new ArrayList<>();
		int start = 0;
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			boolean end = c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n' || c == ';' || c == '；'
					|| ((c == '.' || c == '…') && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1))
							|| Tokenizer.isHan(s.codePointAt(i + 1))));
			if (end) {
				int j = i + 1;
				while (j < s.length() && "!?！？。.…".indexOf(s.charAt(j)) >= 0) {
					j++;
				}
				add(spans, s, start, j);
				start = j;
				i = j;
			}
			else {
				i++;
			}
		}
		add(spans, s, start, s.length());
		return spans;
	}

	/**
	 * Clauses of a sentence: split at commas, colons and semicolons, and before contrast
	 * words.
	 */
	static List<int[]> clauses(TextView view, int from, int to) {
		String s = view.norm;
		List<int[]> spans = new ArrayList<>();
		int start = from;
		int i = from;
		while (i < to) {
			char c = s.charAt(i);
			if (c == ',' || c == '，' || c == '、' || c == ':' || c == '：' || c == ';' || c == '；') {
				add(spans, s, start, i + 1);
				start = i + 1;
			}
			else if (i > start && contrastAt(s, i, to) > 0) {
				add(spans, s, start, i);
				start = i;
				i += contrastAt(s, i, to);
				continue;
			}
			i++;
		}
		add(spans, s, start, to);
		return spans;
	}

	/**
	 * The length of a contrast word starting at i (on word boundaries for English), or 0.
	 */
	static int contrastAt(String s, int i, int to) {
		char c = s.charAt(i);
		if (Tokenizer.isHan(c)) {
			for (String w : CONTRAST_ZH) {
				if (s.startsWith(w, i) && i + w.length() <= to && !(w.equals("但") && i > 0 && s.charAt(i - 1) == '不')) {
					return w.length();
				}
			}
			return 0;
		}
		if (!Character.isLetter(c) || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)))) {
			return 0;
		}
		for (String w : CONTRAST_WORDS) {
			int e = i + w.length();
			if (e <= to && s.startsWith(w, i) && (e == s.length() || !Character.isLetterOrDigit(s.charAt(e)))) {
				return w.length();
			}
		}
		return 0;
	}

	private static void add(List<int[]> spans, String s, int start, int end) {
		while (start < end && isBlank(s.charAt(start))) {
			start++;
		}
		while (end > start && isBlank(s.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			spans.add(new int[] { start, end });
		}
	}

	private static boolean isBlank(char c) {
		return Character.isWhitespace(c) || c == ',' || c == '，' || c == '、';
	}

}
