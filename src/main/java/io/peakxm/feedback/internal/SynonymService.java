package io.peakxm.feedback.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.peakxm.feedback.RetagProgress;
import io.peakxm.feedback.TouchpointSynonyms.Accepted;
import io.peakxm.feedback.TouchpointSynonyms.TouchpointWords;
import io.peakxm.feedback.TouchpointSynonyms.Word;
import io.peakxm.journey.Journey;
import io.peakxm.journey.JourneyDesigner;
import io.peakxm.journey.JourneyRules;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.LocalizedText;
import io.peakxm.shared.Violations;
import io.peakxm.shared.WellFormedText;
import io.peakxm.text.PhraseSuggestions;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Learns words customers use for a touchpoint: phrases of the items written at a
 * touchpoint that its names and keywords did not find, more frequent there than in the
 * rest of the workspace's feedback ({@link SynonymScoring}). Accepting one adds it to the
 * touchpoint's keywords through the journey designer and finds the touchpoints in the
 * stored feedback again; rejecting one keeps it from being suggested again.
 */
@Service
public class SynonymService {

	/**
	 * The newest items at a touchpoint not tagged with it that phrases are taken from.
	 */
	public static final int ITEMS = 5_000;

	/** The longest phrase (a journey keyword's limit). */
	public static final int MAX_PHRASE = 60;

	/** Phrases of a touchpoint scored (the most frequent). */
	static final int CANDIDATES = 30;

	private final SynonymStore store;

	private final AspectReanalyser reanalyser;

	private final Journeys journeys;

	private final JourneyDesigner designer;

	private final Clock clock;

	private final AuditLog audit;

	SynonymService(SynonymStore store, AspectReanalyser reanalyser, Journeys journeys, JourneyDesigner designer,
			Clock clock, AuditLog audit) {
		this.audit = audit;
		this.store = store;
		this.reanalyser = reanalyser;
		this.journeys = journeys;
		this.designer = designer;
		this.clock = clock;
	}

	/** The suggested words of each touchpoint that has any, in journey order. */
	public List<TouchpointWords> suggestions(long workspaceId) {
		Map<Long, List<String>> texts = store.untaggedAtTouchpoint(workspaceId, ITEMS);
		if (texts.isEmpty()) {
			return List.of();
		}
		Touchpoints touchpoints = Touchpoints.of(journeys, workspaceId);
		Set<String> known = touchpoints.allTerms();
		Set<List<String>> knownTerms = known.stream().map(Understanding::terms).collect(Collectors.toSet());
		Map<Long, Set<String>> rejected = store.rejected(workspaceId);
		long allItems = store.count(workspaceId);
		Map<String, Long> everywhere = new HashMap<>();
		List<TouchpointWords> found = new ArrayList<>();
		for (Map.Entry<Long, LocalizedText> touchpoint : touchpoints.names().entrySet()) {
			List<String> theirs = texts.getOrDefault(touchpoint.getKey(), List.of());
			if (theirs.size() < SynonymScoring.MIN_ITEMS) {
				continue;
			}
			Set<String> refused = rejected.getOrDefault(touchpoint.getKey(), Set.of());
			Predicate<String> excluded = phrase -> {
				String lower = phrase.trim().toLowerCase(Locale.ROOT);
				List<String> terms = Understanding.terms(lower);
				return lower.length() > MAX_PHRASE || known.contains(lower) || refused.contains(lower)
						|| terms.isEmpty() || knownTerms.contains(terms);
			};
			List<SynonymScoring.Candidate> candidates = PhraseSuggestions
				.from(theirs, CANDIDATES, SynonymScoring.MIN_ITEMS)
				.stream()
				.filter(s -> !excluded.test(s.phrase()))
				.map(s -> new SynonymScoring.Candidate(s.phrase(), s.count(),
						everywhere.computeIfAbsent(s.phrase().toLowerCase(Locale.ROOT),
								p -> store.itemsWithAll(workspaceId, Understanding.terms(p)))))
				.toList();
			List<Word> words = SynonymScoring.best(candidates, theirs.size(), allItems, excluded)
				.stream()
				.map(s -> new Word(s.phrase(), s.items(), s.score()))
				.toList();
			if (!words.isEmpty()) {
				found.add(new TouchpointWords(touchpoint.getKey(),
						touchpoints.journeyOf(touchpoint.getKey()).orElseThrow(), touchpoint.getValue(), words));
			}
		}
		return found;
	}

	/**
	 * Adds the phrase to the touchpoint's English or Chinese keywords (Chinese when it
	 * has Han characters) and finds the touchpoints in the stored feedback again.
	 */
	public Accepted accept(Actor actor, Long touchpointId, String phrase) {
		long workspaceId = actor.requireWorkspace();
		Touchpoints touchpoints = Touchpoints.of(journeys, workspaceId);
		String clean = checked(touchpoints, touchpointId, phrase);
		long journeyId = touchpoints.journeyOf(touchpointId).orElseThrow();
		Journey journey = journeys.find(workspaceId, journeyId).orElseThrow(() -> unknown(touchpointId));
		Touchpoint touchpoint = journey.design().touchpoint(touchpointId).orElseThrow(() -> unknown(touchpointId));
		boolean chinese = clean.codePoints()
			.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		List<String> keywords = new ArrayList<>(chinese ? touchpoint.keywordsZh() : touchpoint.keywordsEn());
		Touchpoint changed = touchpoint;
		if (keywords.stream().noneMatch(k -> k.trim().equalsIgnoreCase(clean))) {
			if (keywords.size() >= JourneyRules.MAX_KEYWORDS) {
				throw InvalidInputException.of("phrase", "feedback.synonym.tooManyKeywords",
						String.valueOf(JourneyRules.MAX_KEYWORDS));
			}
			keywords.add(clean);
			Touchpoint withWord = chinese ? touchpoint.withKeywords(touchpoint.keywordsEn(), keywords)
					: touchpoint.withKeywords(keywords, touchpoint.keywordsZh());
			designer.edit(actor, journeyId, journey.revision(), d -> d.updateTouchpoint(touchpointId, withWord));
			audit.record(workspaceId, actor.userId(), actor.email(), FeedbackAuditActions.SYNONYM_ACCEPTED,
					"touchpoint " + touchpointId, "keyword added: " + clean);
			changed = withWord;
		}
		reanalyser.start(workspaceId, journeyId);
		return new Accepted(touchpointId, journeyId, clean, changed.keywordsEn(), changed.keywordsZh());
	}

	/** Never suggests the phrase for the touchpoint again. */
	public void reject(long workspaceId, Long touchpointId, String phrase) {
		String clean = checked(Touchpoints.of(journeys, workspaceId), touchpointId, phrase);
		store.reject(workspaceId, touchpointId, clean.toLowerCase(Locale.ROOT), clock.instant());
	}

	public RetagProgress progress(long workspaceId) {
		return reanalyser.progress(workspaceId);
	}

	private static String checked(Touchpoints touchpoints, Long touchpointId, String phrase) {
		Violations v = new Violations();
		if (touchpointId == null) {
			v.add("touchpointId", "validation.required");
		}
		else if (touchpoints.journeyOf(touchpointId).isEmpty()) {
			v.add("touchpointId", "feedback.synonym.touchpointUnknown", String.valueOf(touchpointId));
		}
		v.requireText("phrase", phrase, MAX_PHRASE);
		if (phrase != null) {
			WellFormedText.problem("phrase", phrase).ifPresent(p -> v.add(p.field(), p.code(), p.args().toArray()));
		}
		v.throwIfAny();
		return phrase.trim();
	}

	private static InvalidInputException unknown(long touchpointId) {
		return InvalidInputException.of("touchpointId", "feedback.synonym.touchpointUnknown",
				String.valueOf(touchpointId));
	}

}
