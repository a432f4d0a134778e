package io.peakxm.survey.internal;

import java.util.List;

import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.JourneyFixtures;
import io.peakxm.journey.Stage;
import io.peakxm.journey.JourneyRules;
import io.peakxm.journey.Touchpoint;
import io.peakxm.journey.internal.JourneyDocuments;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.JourneyCoverage;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template keeps the journey it is made for and ties its rows to that journey's
 * touchpoints by name; the post-flight template rates every touchpoint of a journey of
 * any size the journey rules allow.
 */
class SurveyTemplatesTests {

	@Test
	void everyTemplateKeepsTheJourneyItIsMadeFor() {
		JourneyDesign hotel = journeyTemplate("hotel-stay");
		for (SurveyTemplates.Template template : SurveyTemplates.ALL) {
			SurveyDefinition survey = SurveyTemplates.build(template.key(), 7L, hotel);
			SurveyRules.check(survey);
			assertThat(survey.journeyId()).as(template.key()).isEqualTo(7L);
		}
	}

	@Test
	void theHotelRestaurantAndRetailSurveysRateTheirJourneyTemplatesMomentsIncludingPeaksAndTheEnd() {
		for (String key : List.of("hotel-stay", "restaurant-visit", "retail-store-visit")) {
			JourneyDesign journey = journeyTemplate(key);
			SurveyDefinition survey = SurveyTemplates.build(key, 7L, journey);
			JourneyCoverage coverage = JourneyCoverage.of(7L, survey, journey);
			assertThat(coverage.unlinkedRows()).as(key).isEmpty();
			assertThat(coverage.rated()).as(key).isGreaterThanOrEqualTo(7);
			for (Touchpoint t : journey.touchpointsInOrder()) {
				if (t.designedPeak() || t.endMoment()) {
					assertThat(coverage.unrated()).as(key + ": " + t.nameEn()).noneMatch(u -> u.id() == t.id());
				}
			}
			for (ChoiceOption row : matrices(survey).get(0).rows()) {
				Touchpoint rated = journey.touchpoint(row.touchpointId()).orElseThrow();
				assertThat(rated.nameEn()).isEqualTo(row.labelEn());
				assertThat(rated.nameZh()).isEqualTo(row.labelZh());
			}
		}
	}

	@Test
	void rowsThatMatchNoTouchpointAreListedAndTheJourneysOwnTouchpointsAsUnrated() {
		JourneyDesign airline = journeyTemplate("airline-trip");
		SurveyDefinition hotelSurvey = SurveyTemplates.build("hotel-stay", 7L, airline);
		JourneyCoverage coverage = JourneyCoverage.of(7L, hotelSurvey, airline);
		assertThat(coverage.unlinkedRows()).extracting(JourneyCoverage.Row::rowKey)
			.containsExactly("booking", "welcome", "checkin", "room", "sleep", "breakfast", "checkout");
		assertThat(coverage.unrated()).extracting(JourneyCoverage.TouchpointRef::id).isEqualTo(ids(airline));
	}

	@Test
	void withoutAJourneyNoRowRatesATouchpoint() {
		SurveyDefinition survey = SurveyTemplates.build("restaurant-visit", null, null);
		assertThat(survey.journeyId()).isNull();
		assertThat(ratedInOrder(matrices(survey))).containsOnlyNulls();
	}

	@Test
	void aJourneyOfUpToFiftyTouchpointsIsRatedInOneMatrix() {
		JourneyDesign journey = journey(5, 10);
		SurveyDefinition survey = SurveyTemplates.build("post-flight", 1L, journey);
		SurveyRules.check(survey);
		List<Question> matrices = matrices(survey);
		assertThat(matrices).extracting(Question::key).containsExactly("touchpoints");
		assertThat(ratedInOrder(matrices)).isEqualTo(ids(journey));
	}

	@Test
	void aLargerJourneyIsRatedInOneMatrixPerStageCoveringEveryTouchpointInOrder() {
		JourneyDesign journey = journey(3, 40);
		SurveyDefinition survey = SurveyTemplates.build("post-flight", 1L, journey);
		SurveyRules.check(survey);
		List<Question> matrices = matrices(survey);
		assertThat(matrices).extracting(Question::key)
			.containsExactly("touchpoints_1", "touchpoints_2", "touchpoints_3");
		assertThat(matrices.get(1).textEn()).contains("Stage 2");
		assertThat(ratedInOrder(matrices)).hasSize(120).isEqualTo(ids(journey));
	}

	@Test
	void theLargestJourneyTheRulesAllowMakesAValidSurvey() {
		JourneyDesign journey = journey(JourneyRules.MAX_STAGES, JourneyRules.MAX_TOUCHPOINTS_PER_STAGE);
		SurveyDefinition survey = SurveyTemplates.build("post-flight", 1L, journey);
		SurveyRules.check(survey);
		assertThat(ratedInOrder(matrices(survey))).isEqualTo(ids(journey));
	}

	/**
	 * Stages "Stage 1" … with {@code perStage} touchpoints each, ids unique across the
	 * journey (1001, 1002, … 2001 …).
	 */
	private static JourneyDesign journey(int stages, int perStage) {
		List<Stage> result = new java.util.ArrayList<>();
		for (int s = 1; s <= stages; s++) {
			List<Touchpoint> touchpoints = new java.util.ArrayList<>();
			for (int t = 1; t <= perStage; t++) {
				touchpoints.add(JourneyFixtures.touchpoint(s * 1000L + t, "S" + s + "T" + t));
			}
			touchpoints.add(0, touchpoints.remove(touchpoints.size() - 1));
			result.add(new Stage(100L + s, "Stage " + s, null, null, null, null, null, null, touchpoints));
		}
		return new JourneyDesign("Trip", null, null, null, null, result);
	}

	/**
	 * A journey template as a saved journey: touchpoints numbered 1, 2, … in journey
	 * order, stages 101, 102, ….
	 */
	static JourneyDesign journeyTemplate(String key) {
		try (var in = SurveyTemplatesTests.class.getResourceAsStream("/journey/templates/" + key + ".json")) {
			JourneyDesign design = JourneyDocuments
				.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			long[] next = { 1 };
			List<Stage> stages = new java.util.ArrayList<>();
			for (Stage stage : design.stages()) {
				List<Touchpoint> touchpoints = stage.touchpoints().stream().map(t -> t.withId(next[0]++)).toList();
				stages.add(new Stage(100L + stages.size() + 1, stage.name(), stage.nameZh(), null, null, null, null,
						null, touchpoints));
			}
			return design.withStages(stages);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<Question> matrices(SurveyDefinition survey) {
		return survey.questions().stream().filter(q -> q.type() == QuestionType.MATRIX).toList();
	}

	private static List<Long> ratedInOrder(List<Question> matrices) {
		return matrices.stream().flatMap(q -> q.rows().stream()).map(ChoiceOption::touchpointId).toList();
	}

	private static List<Long> ids(JourneyDesign journey) {
		return journey.touchpointsInOrder().stream().map(Touchpoint::id).toList();
	}

}
