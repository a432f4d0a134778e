package io.peakxm.journey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Journeys for tests, built with ids as if they had been saved. */
public final class JourneyFixtures {

	private JourneyFixtures() {
	}

	public static Touchpoint touchpoint(long id, String name) {
		return new Touchpoint(id, name, null, null, Channel.IN_PERSON, null, null, List.of(), List.of(), 0, false,
				false, List.of());
	}

	public static ServiceStandard queueAtMost(long id, int minutes) {
		return new ServiceStandard(id, "Queue", null, "min", BigDecimal.valueOf(minutes), StandardDirection.AT_MOST,
				ComplianceSource.SURVEY_QUESTION);
	}

	/**
	 * Stages 1..stages with ids 100+s, each with {@code perStage} touchpoints named
	 * "S{s}T{t}" (ids s*10+t).
	 */
	public static JourneyDesign savedJourney(int stages, int perStage) {
		List<Stage> result = new ArrayList<>();
		for (int s = 1; s <= stages; s++) {
			List<Touchpoint> touchpoints = new ArrayList<>();
			for (int t = 1; t <= perStage; t++) {
				touchpoints.add(touchpoint(s * 10L + t, "S" + s + "T" + t));
			}
			result.add(new Stage(100L + s, "Stage " + s, null, null, null, null, null, null, touchpoints));
		}
		return new JourneyDesign("Trip", null, null, null, null, result);
	}

	public static List<String> names(JourneyDesign design) {
		return design.touchpointsInOrder().stream().map(Touchpoint::nameEn).toList();
	}

}
