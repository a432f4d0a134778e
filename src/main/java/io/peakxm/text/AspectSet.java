package io.peakxm.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A compiled set of {@link Aspect}s, immutable and safe to share between threads.
 * Compiling a term costs far more than matching it, so compile once per set of aspects (a
 * journey's touchpoints, say) and analyse every text against it.
 */
public final class AspectSet {

	/** No aspects: finds nothing. */
	public static final AspectSet NONE = new AspectSet(List.of(), new TermIndex<>());

	private final List<String> ids;

	/** Every term of every aspect, valued by the aspect's position in {@link #ids}. */
	private final TermIndex<Integer> terms;

	private AspectSet(List<String> ids, TermIndex<Integer> terms) {
		this.ids = ids;
		this.terms = terms;
	}

	/**
	 * Compiles aspects.
	 * @param aspects the aspects; null means none
	 * @return the compiled set ({@link #NONE} for none)
	 */
	public static AspectSet compile(List<Aspect> aspects) {
		if (aspects == null || aspects.isEmpty()) {
			return NONE;
		}
		List<String> ids = new ArrayList<>(aspects.size());
		TermIndex<Integer> terms = new TermIndex<>();
		for (Aspect a : aspects) {
			for (String t : a.terms()) {
				TermMatcher m = TermMatcher.of(t);
				if (m != null) {
					terms.add(m, ids.size());
				}
			}
			ids.add(a.id());
		}
		return new AspectSet(List.copyOf(ids), terms);
	}

	/** Whether the set has no aspect. */
	public boolean isEmpty() {
		return this.ids.isEmpty();
	}

	/** The number of aspects. */
	public int size() {
		return this.ids.size();
	}

	/**
	 * The ids of the aspects that a term of theirs names between two offsets of the text,
	 * each once, in the order the aspects were given.
	 */
	List<String> named(Doc doc, int from, int to) {
		if (this.terms.isEmpty()) {
			return List.of();
		}
		BitSet found = new BitSet(this.ids.size());
		for (TermIndex.Hit<Integer> hit : this.terms.find(doc, from, to)) {
			found.set(hit.value());
		}
		List<String> named = new ArrayList<>(found.cardinality());
		found.stream().forEach(i -> named.add(this.ids.get(i)));
		return named;
	}

}
