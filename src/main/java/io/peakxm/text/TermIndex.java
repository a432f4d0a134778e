package io.peakxm.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many {@link TermMatcher}s with a value each, matched in one pass over a {@link Doc}:
 * word terms looked up by the stem (or text) of each token, Han terms by the character
 * they start with.
 *
 * @param <V> the value a term stands for
 */
final class TermIndex<V> {

	/**
	 * A match.
	 *
	 * @param value the value of the term
	 * @param term the term's matcher
	 * @param start char offset
	 * @param end char offset just past the match
	 */
	record Hit<V>(V value, TermMatcher term, int start, int end) {
	}

	private record Entry<V>(TermMatcher matcher, V value) {
	}

	private final Map<String, List<Entry<V>>> byStem = new HashMap<>();

	private final Map<Character, List<Entry<V>>> byChar = new HashMap<>();

	private final List<Entry<V>> scanned = new ArrayList<>();

	private final List<Entry<V>> otherSubstrings = new ArrayList<>();

	void add(TermMatcher matcher, V value) {
		Entry<V> e = new Entry<>(matcher, value);
		if (matcher.substring() != null && !Tokenizer.isHan(matcher.substring().charAt(0))) {
			this.otherSubstrings.add(e);
		}
		else if (matcher.substring() != null) {
			this.byChar.computeIfAbsent(matcher.substring().charAt(0), (k) -> new ArrayList<>()).add(e);
		}
		else if (matcher.firstStem() != null) {
			this.byStem.computeIfAbsent(matcher.firstStem(), (k) -> new ArrayList<>()).add(e);
		}
		else {
			this.scanned.add(e);
		}
	}

	boolean isEmpty() {
		return this.byStem.isEmpty() && this.byChar.isEmpty() && this.scanned.isEmpty()
				&& this.otherSubstrings.isEmpty();
	}

	/** Every match in [from, to), possibly overlapping, in no particular order. */
	List<Hit<V>> find(Doc doc, int from, int to) {
		List<Hit<V>> hits = new ArrayList<>();
		for (Entry<V> e : this.otherSubstrings) {
			for (int[] m : e.matcher().findAll(doc, from, to)) {
				hits.add(new Hit<>(e.value(), e.matcher(), m[0], m[1]));
			}
		}
		int first = doc.tokenAt(from);
		for (int i = first; i < doc.tokens.size() && doc.tokens.get(i).start() < to; i++) {
			Token t = doc.tokens.get(i);
			if (t.is(Token.Kind.HAN)) {
				List<Entry<V>> entries = this.byChar.get(t.text().charAt(0));
				if (entries != null) {
					for (Entry<V> e : entries) {
						String s = e.matcher().substring();
						if (doc.view.norm.startsWith(s, t.start()) && t.start() + s.length() <= to) {
							hits.add(new Hit<>(e.value(), e.matcher(), t.start(), t.start() + s.length()));
						}
					}
				}
				continue;
			}
			if (!t.is(Token.Kind.WORD) && !t.is(Token.Kind.EMOJI)) {
				continue;
			}
			lookUp(doc, i, to, this.byStem.get(doc.stems[i]), hits);
			if (!doc.stems[i].equals(t.text())) {
				lookUp(doc, i, to, this.byStem.get(t.text()), hits);
			}
			for (Entry<V> e : this.scanned) {
				int end = e.matcher().matchAt(doc, i);
				if (end > 0 && end <= to) {
					hits.add(new Hit<>(e.value(), e.matcher(), t.start(), end));
				}
			}
		}
		return hits;
	}

	private void lookUp(Doc doc, int i, int to, List<Entry<V>> entries, List<Hit<V>> hits) {
		if (entries == null) {
			return;
		}
		for (Entry<V> e : entries) {
			int end = e.matcher().matchAt(doc, i);
			if (end > 0 && end <= to) {
				hits.add(new Hit<>(e.value(), e.matcher(), doc.tokens.get(i).start(), end));
			}
		}
	}

}
