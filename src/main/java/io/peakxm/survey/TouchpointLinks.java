package io.peakxm.survey;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.Violations;

/**
 * How a survey's questions and matrix rows are tied to the touchpoints of the journey it
 * measures. A link is a touchpoint id; the dashboards, QR codes and insights find a
 * touchpoint's rating by it. Links point only into the survey's own journey
 * ({@link #check}); templates and a change of journey tie rows to touchpoints by name
 * ({@link #bind}), so nobody has to know a touchpoint's id.
 */
public final class TouchpointLinks {

	private TouchpointLinks() {
	}

	/**
	 * The matrix row that rates a touchpoint: key {@code tp_<id>}, the touchpoint's names
	 * as labels.
	 */
	public static ChoiceOption rowFor(Touchpoint touchpoint) {
		return new ChoiceOption("tp_" + touchpoint.id(), touchpoint.nameEn(), touchpoint.nameZh(), touchpoint.id());
	}

	/**
	 * The definition measuring {@code journeyId} (whose design is {@code journey}, null
	 * for none): links to touchpoints of that journey are kept, other links are dropped,
	 * and every matrix row without a link is tied to the touchpoint whose English or
	 * Chinese name equals its English or Chinese label ({@link #sameName}) — unless
	 * another question or row already rates that touchpoint, since a touchpoint is rated
	 * once.
	 */
	public static SurveyDefinition bind(SurveyDefinition definition, Long journeyId, JourneyDesign journey) {
		Map<Long, Touchpoint> inJourney = touchpoints(journey);
		SurveyDefinition kept = definition.withQuestions(definition.questions()
			.stream()
			.map(q -> q.withTouchpoint(inJourney.containsKey(q.touchpointId()) ? q.touchpointId() : null)
				.withRows(q.rows()
					.stream()
					.map(r -> inJourney.containsKey(r.touchpointId()) ? r : withLink(r, null))
					.toList()))
			.toList());
		Set<Long> rated = new HashSet<>();
		ScoreVector.slots(kept)
			.stream()
			.filter(ScoreVector.Slot::ratesTouchpoint)
			.forEach(s -> rated.add(s.touchpointId()));
		List<Question> bound = new ArrayList<>();
		for (Question q : kept.questions()) {
			List<ChoiceOption> rows = new ArrayList<>();
			for (ChoiceOption row : q.rows()) {
				Touchpoint match = row.touchpointId() != null ? null : named(journey, row, rated);
				if (match != null) {
					rated.add(match.id());
				}
				rows.add(match == null ? row : withLink(row, match.id()));
			}
			bound.add(q.withRows(rows));
		}
		return kept.withJourney(journeyId).withQuestions(bound);
	}

	/**
	 * Adds a violation for every link to a touchpoint that is not one of
	 * {@code journey}'s (null: the survey measures no journey), named by its path
	 * ({@code questions[2].rows[0].touchpointId}). Links that {@code previous} — the
	 * stored definition, null for a new survey — already had while measuring the same
	 * journey are accepted: a touchpoint removed from the journey since must not block
	 * every later edit of the survey.
	 */
	public static void check(Violations violations, SurveyDefinition definition, JourneyDesign journey,
			SurveyDefinition previous) {
		Map<Long, Touchpoint> inJourney = touchpoints(journey);
		Set<Long> before = previous == null || !Objects.equals(previous.journeyId(), definition.journeyId()) ? Set.of()
				: previous.measuredTouchpoints().keySet();
		for (int i = 0; i < definition.questions().size(); i++) {
			Question q = definition.questions().get(i);
			String path = "questions[" + i + "]";
			checkLink(violations, path + ".touchpointId", q.touchpointId(), journey, inJourney, before);
			for (int r = 0; r < q.rows().size(); r++) {
				checkLink(violations, path + ".rows[" + r + "].touchpointId", q.rows().get(r).touchpointId(), journey,
						inJourney, before);
			}
		}
	}

	/**
	 * Whether two names are the same for a person: equal after Unicode compatibility
	 * normalization (full-width letters, ligatures), trimming, collapsing spaces and
	 * ignoring case in a locale-independent way.
	 */
	public static boolean sameName(String a, String b) {
		return a != null && b != null && !a.isBlank() && nameKey(a).equals(nameKey(b));
	}

	private static String nameKey(String name) {
		String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
		return normalized.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
	}

	private static void checkLink(Violations violations, String field, Long touchpointId, JourneyDesign journey,
			Map<Long, Touchpoint> inJourney, Set<Long> before) {
		if (touchpointId == null || inJourney.containsKey(touchpointId) || before.contains(touchpointId)) {
			return;
		}
		if (journey == null) {
			violations.add(field, "survey.touchpoint.noJourney", touchpointId);
		}
		else {
			violations.add(field, "survey.touchpoint.notInJourney", touchpointId, journey.name());
		}
	}

	private static Touchpoint named(JourneyDesign journey, ChoiceOption row, Set<Long> rated) {
		if (journey == null) {
			return null;
		}
		for (Touchpoint t : journey.touchpointsInOrder()) {
			boolean same = sameName(row.labelEn(), t.nameEn()) || sameName(row.labelEn(), t.nameZh())
					|| sameName(row.labelZh(), t.nameEn()) || sameName(row.labelZh(), t.nameZh());
			if (same && !rated.contains(t.id())) {
				return t;
			}
		}
		return null;
	}

	private static Map<Long, Touchpoint> touchpoints(JourneyDesign journey) {
		Map<Long, Touchpoint> result = new HashMap<>();
		if (journey != null) {
			journey.touchpointsInOrder().stream().filter(t -> t.id() != null).forEach(t -> result.put(t.id(), t));
		}
		return result;
	}

	private static ChoiceOption withLink(ChoiceOption row, Long touchpointId) {
		return new ChoiceOption(row.key(), row.labelEn(), row.labelZh(), touchpointId);
	}

}
