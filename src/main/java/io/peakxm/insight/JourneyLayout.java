package io.peakxm.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.insight.calculation.RatingScale;
import io.peakxm.journey.Journey;
import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.LocalizedText;
import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.SurveyDefinition;

/**
 * The touchpoints a survey rates, in journey order, and where each one's rating sits in the packed scores of each
 * survey version. Touchpoint ratings are the 1–5 slots (matrix rows, ratings, CSAT) linked to a touchpoint of the
 * survey's journey; a touchpoint rated twice in one version takes the first slot.
 */
final class JourneyLayout {

	/** The scale every touchpoint rating is on. */
	static final RatingScale TOUCHPOINT_SCALE = RatingScale.ONE_TO_FIVE;

	private final Journey journey;

	private final List<Touchpoint> touchpoints;

	private final int endIndex;

	private final Outcome outcome;

	private final Map<Integer, int[]> slotsByVersion = new HashMap<>();

	private final Map<Integer, Integer> outcomeSlotByVersion = new HashMap<>();

	JourneyLayout(Journey journey, SurveyDefinition current, Outcome outcome) {
		this(journey, ratedTouchpoints(current), outcome);
	}

	private JourneyLayout(Journey journey, java.util.Set<Long> rated, Outcome outcome) {
		this.journey = journey;
		this.outcome = outcome;
		List<Touchpoint> ordered = new ArrayList<>();
		int end = -1;
		for (Touchpoint t : journey.design().touchpointsInOrder()) {
			if (t.id() != null && rated.contains(t.id())) {
				if (t.endMoment()) {
					end = ordered.size();
				}
				ordered.add(t);
			}
		}
		if (ordered.size() < 2) {
			throw InvalidInputException.of("survey", "insight.surveyUnsuitable");
		}
		this.touchpoints = List.copyOf(ordered);
		this.endIndex = end;
	}

	private static java.util.Set<Long> ratedTouchpoints(SurveyDefinition definition) {
		java.util.Set<Long> rated = new java.util.HashSet<>();
		for (ScoreVector.Slot slot : ScoreVector.slots(definition)) {
			if (slot.touchpointId() != null && ratesOnFivePoints(slot)) {
				rated.add(slot.touchpointId());
			}
		}
		return rated;
	}

	/** The same layout without some touchpoints (rated by too few responses). */
	JourneyLayout without(java.util.Collection<Long> touchpointIds) {
		java.util.Set<Long> kept = new java.util.HashSet<>();
		touchpoints.stream().map(Touchpoint::id).filter(id -> !touchpointIds.contains(id)).forEach(kept::add);
		return new JourneyLayout(journey, kept, outcome);
	}

	Journey journey() {
		return journey;
	}

	List<Touchpoint> touchpoints() {
		return touchpoints;
	}

	/** The name of a rated touchpoint (by its index in journey order), in both languages. */
	LocalizedText name(int index) {
		Touchpoint t = touchpoints.get(index);
		return new LocalizedText(t.nameEn(), t.nameZh());
	}

	/** The name of the stage a rated touchpoint belongs to, in both languages (empty when it has none). */
	LocalizedText stageName(int index) {
		JourneyDesign design = journey.design();
		return design.stage(design.stageOf(touchpoints.get(index).id()))
			.map(s -> new LocalizedText(s.name(), s.nameZh()))
			.orElse(LocalizedText.untranslated(""));
	}

	/** The journey's name in both languages. */
	LocalizedText journeyName() {
		return new LocalizedText(journey.design().name(), journey.design().nameZh());
	}

	/** The index of the journey's designated end moment among the rated touchpoints, or −1. */
	int endIndex() {
		return endIndex;
	}

	Outcome outcome() {
		return outcome;
	}

	/** For a version: per rated touchpoint (journey order) its slot in the packed scores, or −1. */
	int[] touchpointSlots(int version, SurveyDefinition definition) {
		return slotsByVersion.computeIfAbsent(version, v -> {
			List<ScoreVector.Slot> slots = ScoreVector.slots(definition);
			int[] result = new int[touchpoints.size()];
			java.util.Arrays.fill(result, -1);
			for (int i = 0; i < touchpoints.size(); i++) {
				for (int s = 0; s < slots.size(); s++) {
					if (touchpoints.get(i).id().equals(slots.get(s).touchpointId()) && ratesOnFivePoints(slots.get(s))) {
						result[i] = s;
						break;
					}
				}
			}
			return result;
		});
	}

	/** For a version: the slot of the outcome question, or −1 (a yes/no outcome or a question the version lacks). */
	int outcomeSlot(int version, SurveyDefinition definition) {
		return outcomeSlotByVersion.computeIfAbsent(version, v -> {
			if (outcome.binary()) {
				return -1;
			}
			List<ScoreVector.Slot> slots = ScoreVector.slots(definition);
			for (int s = 0; s < slots.size(); s++) {
				if (slots.get(s).rowKey() == null && slots.get(s).questionKey().equals(outcome.questionKey())
						&& slots.get(s).type() == outcome.type()) {
					return s;
				}
			}
			return -1;
		});
	}

	private static boolean ratesOnFivePoints(ScoreVector.Slot slot) {
		return slot.type().scaleMin() == TOUCHPOINT_SCALE.min() && slot.type().scaleMax() == TOUCHPOINT_SCALE.max();
	}
}
