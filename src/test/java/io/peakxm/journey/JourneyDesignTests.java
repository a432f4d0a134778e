package io.peakxm.journey;

import java.util.List;

import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import static io.peakxm.journey.JourneyFixtures.names;
import static io.peakxm.journey.JourneyFixtures.savedJourney;
import static io.peakxm.journey.JourneyFixtures.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JourneyDesignTests {

	@Test
	void movesTouchpointWithinItsStage() {
		JourneyDesign design = savedJourney(2, 3).moveTouchpoint(13, 101, 0);
		assertThat(names(design)).containsExactly("S1T3", "S1T1", "S1T2", "S2T1", "S2T2", "S2T3");
	}

	@Test
	void movesTouchpointToAnotherStageKeepingItsId() {
		JourneyDesign design = savedJourney(2, 2).moveTouchpoint(11, 102, 1);
		assertThat(names(design)).containsExactly("S1T2", "S2T1", "S1T1", "S2T2");
		assertThat(design.stage(102).orElseThrow().touchpoints().get(1).id()).isEqualTo(11L);
	}

	@Test
	void clampsPositionsToTheEnds() {
		assertThat(names(savedJourney(1, 3).moveTouchpoint(11, 101, 99))).containsExactly("S1T2", "S1T3", "S1T1");
		assertThat(names(savedJourney(1, 3).moveTouchpoint(13, 101, -5))).containsExactly("S1T3", "S1T1", "S1T2");
	}

	@Test
	void reordersStagesWithTheirTouchpoints() {
		JourneyDesign design = savedJourney(3, 1).moveStage(103, 0);
		assertThat(design.stages()).extracting(Stage::name).containsExactly("Stage 3", "Stage 1", "Stage 2");
		assertThat(names(design)).containsExactly("S3T1", "S1T1", "S2T1");
	}

	@Test
	void removingAStageRemovesItsTouchpoints() {
		assertThat(names(savedJourney(2, 2).removeStage(101))).containsExactly("S2T1", "S2T2");
	}

	@Test
	void aNewEndMomentTakesTheFlagFromTheOldOne() {
		JourneyDesign design = savedJourney(2, 2).updateTouchpoint(12, touchpoint(0, "S1T2").withEndMoment(true))
			.updateTouchpoint(22, touchpoint(0, "S2T2").withEndMoment(true));
		assertThat(design.touchpointsInOrder().stream().filter(Touchpoint::endMoment).map(Touchpoint::id))
			.containsExactly(22L);
		JourneyRules.check(design);
	}

	@Test
	void updateKeepsTheTouchpointsIdentity() {
		JourneyDesign design = savedJourney(1, 2).updateTouchpoint(12, touchpoint(999, "Renamed"));
		assertThat(design.touchpoint(12)).map(Touchpoint::nameEn).contains("Renamed");
		assertThat(design.touchpoint(999)).isEmpty();
	}

	@Test
	void unknownStageOrTouchpointIsNotFound() {
		assertThatThrownBy(() -> savedJourney(1, 1).removeTouchpoint(77)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> savedJourney(1, 1).moveStage(7, 0)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> savedJourney(1, 1).updateStage(7, savedJourney(1, 1).stages().get(0)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void rejectsDuplicateNamesIgnoringCase() {
		JourneyDesign design = savedJourney(2, 1).updateTouchpoint(21, touchpoint(0, "s1t1"));
		assertThat(codes(design)).containsExactly("journey.touchpoint.duplicateName");
	}

	@Test
	void rejectsEmptyNamesEmotionOutOfRangeAndStandardWithoutTarget() {
		Touchpoint bad = new Touchpoint(null, " ", "", null, Channel.WEB, null, null, List.of(), List.of(), 3, false,
				false, List.of(new ServiceStandard(null, "Queue", null, "min", null, StandardDirection.AT_MOST,
						ComplianceSource.NOT_SET)));
		JourneyDesign design = savedJourney(1, 0).addTouchpoint(101, bad).withHeader("", null, null, null, null);
		assertThat(codes(design)).containsExactlyInAnyOrder("validation.required", "journey.touchpoint.nameRequired",
				"journey.touchpoint.emotionRange", "journey.standard.targetRequired");
	}

	@Test
	void rejectsTwoEndMomentsThatArriveTogether() {
		JourneyDesign design = savedJourney(1, 0).withStages(List.of(new Stage(1L, "S", null, null, null, null, null,
				null, List.of(touchpoint(1, "A").withEndMoment(true), touchpoint(2, "B").withEndMoment(true)))));
		assertThat(codes(design)).containsExactly("journey.touchpoint.secondEndMoment");
	}

	@Test
	void comparesTwoDesignsItemByItem() {
		JourneyDesign before = savedJourney(2, 2);
		JourneyDesign after = before.moveTouchpoint(11, 102, 0)
			.removeTouchpoint(22)
			.replaceStandards(12, List.of(JourneyFixtures.queueAtMost(1, 10)))
			.addStage(new Stage(null, "New", null, null, null, null, null, null, List.of()));
		List<JourneyComparison.Change> changes = JourneyComparison.between(before, after);
		assertThat(changes).extracting(c -> c.kind() + " " + c.subject() + " " + c.name())
			.contains("MOVED TOUCHPOINT S1T1", "REMOVED TOUCHPOINT S2T2", "ADDED STANDARD Queue ≤ 10 min",
					"ADDED STAGE New");
		assertThat(JourneyComparison.between(before, before)).isEmpty();
	}

	@Test
	void standardDirectionsDecideCompliance() {
		assertThat(StandardDirection.AT_MOST.isMet(10, 10)).isTrue();
		assertThat(StandardDirection.AT_MOST.isMet(10.5, 10)).isFalse();
		assertThat(StandardDirection.AT_LEAST.isMet(96, 95)).isTrue();
		assertThat(StandardDirection.EQUALS.isMet(1, 1)).isTrue();
		assertThat(StandardDirection.EQUALS.isMet(0, 1)).isFalse();
	}

	private static List<String> codes(JourneyDesign design) {
		try {
			JourneyRules.check(design);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.violations().stream().map(v -> v.code()).toList();
		}
	}

}
