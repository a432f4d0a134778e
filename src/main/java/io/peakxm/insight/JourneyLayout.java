package io.peakxm.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.insight.calculation.RatingScale;
import io.peakxm.journey.Journey;
import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.Stage;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.Emotion;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.LocalizedText;
import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.SurveyDefinition;

/**
 * The touchpoints a survey rates, in journey order, and where each one's rating sits in
 * the packed scores of each survey version. The survey's current definition decides which
 * question (and matrix row) rates a touchpoint ({@link ScoreVector#touchpointRating}: the
 * first 1–5 slot linked to it); every version is read through that same question, found
 * by its key, as the dashboards count it. So answers given before a later version linked
 * the question to the touchpoint count too, and a touchpoint shows the same n here and on
 * the dashboard.
 */
final class JourneyLayout {

	/**
	 * The scale every touchpoint rating is on, the ratings of the emotion scale
	 * ({@link Emotion}). Rescaled to −1 … +1 by the curve, a rating becomes its emotion's
	 * {@link Emotion#unit()}: the map is linear and takes 1 to −1 and 5 to +1, as the
	 * emotion does.
	 */
	static final RatingScale TOUCHPOINT_SCALE = new RatingScale(Emotion.LOWEST_RATING, Emotion.HIGHEST_RATING);

	private final Journey journey;

	private final List<Touchpoint> touchpoints;

	/**
	 * Per rated touchpoint (journey order) the slot of the current definition that rates
	 * it.
	 */
	private final List<ScoreVector.Slot> ratings;

	private final int endIndex;

	private final Outcome outcome;

	private final SurveyDefinition current;

	private final Map<Integer, int[]> slotsByVersion = new HashMap<>();

	private final Map<Integer, Integer> outcomeSlotByVersion = new HashMap<>();

	JourneyLayout(Journey journey, SurveyDefinition current, Outcome outcome) {
		this(journey, current, outcome, List.of());
	}

	private JourneyLayout(Journey journey, SurveyDefinition current, Outcome outcome, java.util.Collection<Long> left) {
		this.journey = journey;
		this.outcome = outcome;
		this.current = current;
		List<Touchpoint> ordered = new ArrayList<>();
		List<ScoreVector.Slot> rating = new ArrayList<>();
		int end = -1;
		for (Touchpoint t : journey.design().touchpointsInOrder()) {
			var slot = t.id() == null || left.contains(t.id()) ? java.util.Optional.<ScoreVector.Slot>empty()
					: ScoreVector.touchpointRating(current, t.id());
			if (slot.isPresent()) {
				if (t.endMoment()) {
					end = ordered.size();
				}
				ordered.add(t);
				rating.add(slot.get());
			}
		}
		if (ordered.size() < 2) {
			throw InvalidInputException.of("survey", "insight.surveyUnsuitable");
		}
		this.touchpoints = List.copyOf(ordered);
		this.ratings = List.copyOf(rating);
		this.endIndex = end;
	}

	/** The same layout without some touchpoints (rated by too few responses). */
	JourneyLayout without(java.util.Collection<Long> touchpointIds) {
		return new JourneyLayout(journey, current, outcome, touchpointIds);
	}

	Journey journey() {
		return journey;
	}

	List<Touchpoint> touchpoints() {
		return touchpoints;
	}

	/**
	 * The name of a rated touchpoint (by its index in journey order), in both languages.
	 */
	LocalizedText name(int index) {
		return touchpoints.get(index).name();
	}

	/**
	 * The name of the stage a rated touchpoint belongs to, in both languages (empty when
	 * it has none).
	 */
	LocalizedText stageName(int index) {
		JourneyDesign design = journey.design();
		return design.stage(design.stageOf(touchpoints.get(index).id()))
			.map(Stage::displayName)
			.orElse(LocalizedText.untranslated(""));
	}

	/** The journey's name in both languages. */
	LocalizedText journeyName() {
		return journey.design().displayName();
	}

	/**
	 * The index of the journey's designated end moment among the rated touchpoints, or
	 * −1.
	 */
	int endIndex() {
		return endIndex;
	}

	Outcome outcome() {
		return outcome;
	}

	/**
	 * For a version: per rated touchpoint (journey order) the slot in the packed scores
	 * of the question that rates it now, or −1 when that version lacks the question (or
	 * has it on another scale).
	 */
	int[] touchpointSlots(int version, SurveyDefinition definition) {
		return slotsByVersion.computeIfAbsent(version, v -> {
			List<ScoreVector.Slot> slots = ScoreVector.slots(definition);
			int[] result = new int[touchpoints.size()];
			for (int i = 0; i < touchpoints.size(); i++) {
				result[i] = ScoreVector.positionOf(ratings.get(i), slots);
			}
			return result;
		});
	}

	/**
	 * For a version: the slot of the outcome question, or −1 (a yes/no outcome or a
	 * question the version lacks).
	 */
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

}
