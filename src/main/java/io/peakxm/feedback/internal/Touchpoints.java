package io.peakxm.feedback.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.peakxm.journey.Journey;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.LocalizedText;
import io.peakxm.text.Aspect;
import io.peakxm.text.AspectSet;

/**
 * The touchpoints of a workspace's journeys as the text analysis looks for them: each by
 * its names and keywords in both languages. Read once per request or batch.
 */
final class Touchpoints {

	/** The key of the aspects of every journey (journey ids are positive). */
	private static final long ANY_JOURNEY = 0;

	private final Map<Long, List<Entry>> byJourney;

	private final Map<Long, AspectSet> compiled = new ConcurrentHashMap<>();

	private Touchpoints(Map<Long, List<Entry>> byJourney) {
		this.byJourney = byJourney;
	}

	static Touchpoints of(Journeys journeys, long workspaceId) {
		Map<Long, List<Entry>> byJourney = new LinkedHashMap<>();
		for (Journey journey : journeys.active(workspaceId)) {
			List<Entry> entries = new ArrayList<>();
			for (Touchpoint t : journey.design().touchpointsInOrder()) {
				if (t.id() != null) {
					entries.add(new Entry(t.id(), journey.id(), terms(t), t.ownerUserId(), t.name()));
				}
			}
			byJourney.put(journey.id(), entries);
		}
		return new Touchpoints(byJourney);
	}

	static Touchpoints none() {
		return new Touchpoints(Map.of());
	}

	boolean hasJourney(long journeyId) {
		return byJourney.containsKey(journeyId);
	}

	/** Whether a touchpoint is in the journey (or, without one, in any journey). */
	boolean has(Long journeyId, long touchpointId) {
		return entries(journeyId).stream().anyMatch(e -> e.touchpointId() == touchpointId);
	}

	/**
	 * The touchpoints whose English or Chinese name is {@code name} (ignoring case and
	 * surrounding spaces), in the journey (in every journey: null).
	 */
	List<Long> named(Long journeyId, String name) {
		String wanted = name.trim();
		return entries(journeyId).stream()
			.filter(e -> wanted.equalsIgnoreCase(trimmed(e.name().en())) || wanted.equals(trimmed(e.name().zh())))
			.map(Entry::touchpointId)
			.distinct()
			.toList();
	}

	private static String trimmed(String s) {
		return s == null ? null : s.trim();
	}

	/**
	 * What to look for in a text about a journey (about any journey: null), compiled on
	 * first use: compiling the terms costs far more than matching them.
	 */
	AspectSet aspects(Long journeyId) {
		return compiled.computeIfAbsent(journeyId != null ? journeyId : ANY_JOURNEY,
				k -> AspectSet.compile(entries(journeyId).stream()
					.map(e -> new Aspect(String.valueOf(e.touchpointId()), e.terms()))
					.toList()));
	}

	/** The touchpoints a person owns (a frontline agent reads the feedback on these). */
	Set<Long> ownedBy(long userId) {
		return byJourney.values()
			.stream()
			.flatMap(List::stream)
			.filter(e -> e.ownerUserId() != null && e.ownerUserId() == userId)
			.map(Entry::touchpointId)
			.collect(Collectors.toSet());
	}

	private List<Entry> entries(Long journeyId) {
		if (journeyId != null) {
			return byJourney.getOrDefault(journeyId, List.of());
		}
		return byJourney.values().stream().flatMap(List::stream).toList();
	}

	private static List<String> terms(Touchpoint t) {
		List<String> terms = new ArrayList<>();
		add(terms, t.nameEn());
		add(terms, t.nameZh());
		t.keywordsEn().forEach(k -> add(terms, k));
		t.keywordsZh().forEach(k -> add(terms, k));
		return terms;
	}

	private static void add(List<String> terms, String term) {
		if (term != null && !term.isBlank() && !terms.contains(term.trim())) {
			terms.add(term.trim());
		}
	}

	/** Every touchpoint's name, in journey order (journeys oldest first). */
	Map<Long, LocalizedText> names() {
		Map<Long, LocalizedText> names = new LinkedHashMap<>();
		byJourney.values().forEach(entries -> entries.forEach(e -> names.put(e.touchpointId(), e.name())));
		return names;
	}

	/**
	 * The journey a touchpoint of an active journey is in (empty: no such touchpoint).
	 */
	java.util.Optional<Long> journeyOf(long touchpointId) {
		return entries(null).stream().filter(e -> e.touchpointId() == touchpointId).map(Entry::journeyId).findFirst();
	}

	/**
	 * The names and keywords of every touchpoint (lower case), what is looked for
	 * already.
	 */
	Set<String> allTerms() {
		return entries(null).stream()
			.flatMap(e -> e.terms().stream())
			.map(t -> t.toLowerCase(java.util.Locale.ROOT))
			.collect(Collectors.toSet());
	}

	private record Entry(long touchpointId, long journeyId, List<String> terms, Long ownerUserId, LocalizedText name) {
	}

}
