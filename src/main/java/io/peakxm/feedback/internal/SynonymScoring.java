package io.peakxm.feedback.internal;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Ranks the words and phrases customers wrote at a touchpoint in items its names and
 * keywords did not find: by the smoothed log-odds of an item having the phrase among the
 * touchpoint's untagged items against the rest of the workspace's items (0.5 added to
 * every count, so a phrase seen nowhere else does not score infinitely). A phrase is kept
 * when it is in at least {@value #MIN_ITEMS} of the touchpoint's items, is more frequent
 * there than elsewhere (log-odds above 0) and is not excluded (a name or keyword already,
 * or rejected); the best {@value #PER_TOUCHPOINT} are kept.
 */
final class SynonymScoring {

	static final double PRIOR = 0.5;

	static final int MIN_ITEMS = 3;

	static final int PER_TOUCHPOINT = 5;

	private SynonymScoring() {
	}

	/**
	 * A phrase found in the touchpoint's untagged items.
	 *
	 * @param phrase as written
	 * @param items the number of the touchpoint's untagged items with it
	 * @param everywhere the number of the workspace's items with it (those included)
	 */
	record Candidate(String phrase, int items, long everywhere) {
	}

	/** A phrase kept, with its number of items at the touchpoint and its score. */
	record Scored(String phrase, int items, double score) {
	}

	/**
	 * The smoothed log-odds ratio of a phrase: in {@code items} of the touchpoint's
	 * {@code touchpointItems} untagged items against in the rest of the workspace's
	 * {@code allItems} items ({@code everywhere} minus those of the touchpoint).
	 */
	static double logOdds(int items, int touchpointItems, long everywhere, long allItems) {
		double rest = Math.max(0, allItems - touchpointItems);
		double restWith = Math.min(rest, Math.max(0, everywhere - items));
		return Math.log((items + PRIOR) / (Math.max(0, touchpointItems - items) + PRIOR))
				- Math.log((restWith + PRIOR) / (rest - restWith + PRIOR));
	}

	/** The best candidates of one touchpoint, highest score first. */
	static List<Scored> best(List<Candidate> candidates, int touchpointItems, long allItems,
			Predicate<String> excluded) {
		return candidates.stream()
			.filter(c -> c.items() >= MIN_ITEMS && c.phrase() != null && !c.phrase().isBlank())
			.filter(c -> !excluded.test(c.phrase()))
			.map(c -> new Scored(c.phrase(), c.items(), logOdds(c.items(), touchpointItems, c.everywhere(), allItems)))
			.filter(s -> s.score() > 0)
			.sorted(Comparator.comparingDouble(Scored::score)
				.reversed()
				.thenComparing(Comparator.comparingInt(Scored::items).reversed())
				.thenComparing(Scored::phrase))
			.limit(PER_TOUCHPOINT)
			.toList();
	}

}
