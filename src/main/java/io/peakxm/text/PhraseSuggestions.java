package io.peakxm.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests new topics: the key phrases that recur across texts no topic matched. A phrase
 * counts once per text; phrases below the minimum count are dropped, and a shorter phrase
 * is dropped when a longer phrase that contains it occurs in as many texts.
 */
public final class PhraseSuggestions {

	/**
	 * The minimum number of texts a phrase must occur in when
	 * {@link #from(Iterable, int)} is used.
	 */
	public static final int DEFAULT_MIN_COUNT = 3;

	private static final int CANDIDATES_PER_TEXT = 8;

	private static final int EXAMPLES = 3;

	private static final int SNIPPET = 80;

	/**
	 * A suggested phrase.
	 *
	 * @param phrase the phrase as first written (lower case)
	 * @param count the number of texts it occurs in
	 * @param examples up to three short snippets of texts with it (personal data masked)
	 */
	public record Suggestion(String phrase, int count, List<String> examples) {

		public Suggestion {
			examples = List.copyOf(examples);
		}

	}

	private PhraseSuggestions() {
	}

	/**
	 * At most {@code max} suggestions from phrases in at least
	 * {@value #DEFAULT_MIN_COUNT} texts, most frequent first.
	 */
	public static List<Suggestion> from(Iterable<String> untaggedTexts, int max) {
		return from(untaggedTexts, max, DEFAULT_MIN_COUNT);
	}

	/**
	 * At most {@code max} suggestions from phrases in at least {@code minCount} texts,
	 * most frequent first.
	 */
	public static List<Suggestion> from(Iterable<String> untaggedTexts, int max, int minCount) {
		if (untaggedTexts == null || max <= 0) {
			return List.of();
		}
		Lexicons lex = Lexicons.get();
		Map<String, String> shown = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, List<String>> examples = new LinkedHashMap<>();
		for (String text : untaggedTexts) {
			Doc doc = Doc.of(text);
			Set<String> seen = new HashSet<>();
			int taken = 0;
			for (KeyPhrases.Candidate c : KeyPhrases.candidates(doc, lex)) {
				if (taken++ >= CANDIDATES_PER_TEXT) {
					break;
				}
				if (!seen.add(c.key())) {
					continue;
				}
				shown.putIfAbsent(c.key(), c.phrase());
				counts.merge(c.key(), 1, Integer::sum);
				List<String> list = examples.computeIfAbsent(c.key(), (k) -> new ArrayList<>());
				if (list.size() < EXAMPLES) {
					list.add(snippet(doc, c.first()));
				}
			}
		}
		List<String> keys = new ArrayList<>();
		counts.forEach((key, count) -> {
			if (count >= Math.max(1, minCount)) {
				keys.add(key);
			}
		});
		keys.sort(Comparator.comparingInt((String k) -> -counts.get(k))
			.thenComparing((String k) -> -k.length())
			.thenComparing(Comparator.naturalOrder()));
		List<Suggestion> suggestions = new ArrayList<>();
		for (String key : keys) {
			if (suggestions.size() >= max) {
				break;
			}
			boolean covered = keys.stream()
				.anyMatch((other) -> other.length() > key.length() && other.contains(key)
						&& counts.get(other) >= counts.get(key));
			if (!covered) {
				suggestions.add(new Suggestion(shown.get(key), counts.get(key), examples.get(key)));
			}
		}
		return suggestions;
	}

	private static String snippet(Doc doc, int at) {
		String text = doc.view.original;
		int start = Math.max(0, at - SNIPPET / 3);
		int end = Math.min(text.length(), start + SNIPPET);
		String s = text.substring(start, end).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
		return PersonalData.mask(((start > 0) ? "…" : "") + s + ((end < text.length()) ? "…" : ""));
	}

}
