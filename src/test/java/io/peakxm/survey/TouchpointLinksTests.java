package io.peakxm.survey;

import java.util.List;

import io.peakxm.journey.Channel;
import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.Stage;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.Violations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tying questions and matrix rows to the touchpoints of a survey's journey: by name, and
 * only into that journey.
 */
class TouchpointLinksTests {

	/**
	 * Check-in (11, 值机), Lounge (12, 贵宾室) in stage 101; Boarding (21, 登机) in stage 102.
	 */
	static final JourneyDesign TRIP = new JourneyDesign("Trip", null, null, null, null, List.of(
			new Stage(101L, "Airport", null, null, null, null, null, null,
					List.of(touchpoint(11, "Check-in", "值机"), touchpoint(12, "Lounge", "贵宾室"))),
			new Stage(102L, "Gate", null, null, null, null, null, null, List.of(touchpoint(21, "Boarding", "登机")))));

	@Test
	void rowsAreTiedToTheTouchpointOfTheSameNameIgnoringCaseSpacesAndWidthInEitherLanguage() {
		SurveyDefinition survey = matrix(row("a", "  CHECK-IN ", null, null), row("b", null, "贵宾室", null),
				row("c", "ｂｏａｒｄｉｎｇ", null, null), row("d", "Staff", "员工", null));
		SurveyDefinition bound = TouchpointLinks.bind(survey, 5L, TRIP);
		assertThat(bound.journeyId()).isEqualTo(5L);
		assertThat(links(bound)).containsExactly(11L, 12L, 21L, null);
	}

	@Test
	void aTouchpointIsTiedToOneRowOnlyAndAnExistingLinkWins() {
		SurveyDefinition survey = matrix(row("first", "Lounge", null, null), row("second", "Lounge", null, null),
				row("third", "Check-in", null, 12L));
		assertThat(links(TouchpointLinks.bind(survey, 5L, TRIP))).containsExactly(null, null, 12L);
	}

	@Test
	void linksOutsideTheJourneyAreDroppedAndANewJourneyBindsByName() {
		SurveyDefinition survey = matrix(row("tp_99", "Lounge", null, 99L), row("tp_98", "Spa", null, 98L));
		assertThat(links(TouchpointLinks.bind(survey, 5L, TRIP))).containsExactly(12L, null);
		assertThat(links(TouchpointLinks.bind(survey, null, null))).containsExactly(null, null);
	}

	@Test
	void aLinkToATouchpointOfAnotherJourneyIsNamedByItsPath() {
		SurveyDefinition survey = matrix(row("a", "Lounge", null, 12L), row("b", "Spa", null, 98L)).withJourney(5L);
		assertThat(violations(survey, TRIP, null)).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("questions[0].rows[1].touchpointId",
					"survey.touchpoint.notInJourney"));
		SurveyDefinition rating = SurveyFixtures.survey(new Question("q", QuestionType.RATING, "How was it?", null,
				false, 1, 77L, List.of(), false, List.of(), null, null, null, null));
		assertThat(violations(rating, null, null)).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("questions[0].touchpointId", "survey.touchpoint.noJourney"));
	}

	@Test
	void aLinkTheStoredSurveyAlreadyHadSurvivesTheTouchpointsRemovalFromTheJourney() {
		SurveyDefinition stored = matrix(row("a", "Spa", null, 98L)).withJourney(5L);
		SurveyDefinition edited = stored.addQuestion(nps());
		assertThat(violations(edited, TRIP, stored)).isEmpty();
		assertThat(violations(edited.withJourney(6L), TRIP, stored)).hasSize(1);
		assertThat(violations(edited, TRIP, null)).hasSize(1);
	}

	@Test
	void coverageListsTheUnratedTouchpointsInJourneyOrderAndTheRowsRatingNone() {
		SurveyDefinition survey = matrix(row("a", "Boarding", null, 21L), row("b", "Staff", null, null))
			.withJourney(5L);
		JourneyCoverage coverage = JourneyCoverage.of(5L, survey, TRIP);
		assertThat(coverage.touchpoints()).isEqualTo(3);
		assertThat(coverage.rated()).isEqualTo(1);
		assertThat(coverage.unrated()).extracting(JourneyCoverage.TouchpointRef::id).containsExactly(11L, 12L);
		assertThat(coverage.unrated().get(1).name().in(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("贵宾室");
		assertThat(coverage.unrated().get(1).stage().in(java.util.Locale.ENGLISH)).isEqualTo("Airport");
		assertThat(coverage.unlinkedRows()).extracting(JourneyCoverage.Row::rowKey).containsExactly("b");
		assertThat(coverage.complete()).isFalse();
	}

	@Test
	void anNpsQuestionLinkedToATouchpointDoesNotRateItOnTheFivePointScale() {
		Question npsAtCheckIn = new Question("nps", QuestionType.NPS, "Recommend?", null, false, 1, 11L, List.of(),
				false, List.of(), null, null, null, null);
		Question csatAtLounge = new Question("lounge", QuestionType.CSAT, "Lounge?", null, false, 1, 12L, List.of(),
				false, List.of(), null, null, null, null);
		SurveyDefinition survey = SurveyFixtures.survey(npsAtCheckIn, csatAtLounge).withJourney(5L);
		assertThat(JourneyCoverage.of(5L, survey, TRIP).unrated()).extracting(JourneyCoverage.TouchpointRef::id)
			.containsExactly(11L, 21L);
	}

	private static List<FieldViolation> violations(SurveyDefinition survey, JourneyDesign journey,
			SurveyDefinition previous) {
		Violations violations = new Violations();
		TouchpointLinks.check(violations, survey, journey, previous);
		try {
			violations.throwIfAny();
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.violations();
		}
	}

	private static Touchpoint touchpoint(long id, String en, String zh) {
		return new Touchpoint(id, en, zh, null, Channel.IN_PERSON, null, null, List.of(), List.of(), 0, false, false,
				List.of());
	}

	private static ChoiceOption row(String key, String en, String zh, Long touchpointId) {
		return new ChoiceOption(key, en, zh, touchpointId);
	}

	private static SurveyDefinition matrix(ChoiceOption... rows) {
		return SurveyFixtures.survey(new Question("parts", QuestionType.MATRIX, "Rate each part", null, false, 1, null,
				List.of(), false, List.of(rows), null, null, null, null));
	}

	private static Question nps() {
		return new Question("nps", QuestionType.NPS, "Recommend?", null, true, 1, null, List.of(), false, List.of(),
				null, null, null, null);
	}

	private static List<Long> links(SurveyDefinition survey) {
		return survey.questions().get(0).rows().stream().map(ChoiceOption::touchpointId).toList();
	}

}
