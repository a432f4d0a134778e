package io.peakxm.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.peakxm.fixtures.JourneyBuilder;
import io.peakxm.fixtures.SurveyBuilder;
import io.peakxm.journey.ComplianceSource;
import io.peakxm.journey.Journey;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.ServiceStandard;
import io.peakxm.journey.StandardDirection;
import io.peakxm.metrics.internal.RollupStore;
import io.peakxm.metrics.internal.AnswerKey;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import org.junit.jupiter.api.Test;

import static io.peakxm.fixtures.JourneyBuilder.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The touchpoint view computed from given rollups: journey order, the rating of each
 * touchpoint against the period before, the measured emotion, and the compliance with a
 * standard that a survey question measures.
 */
class TouchpointMetricsTests {

	private static final long WORKSPACE = 7;

	private static final long JOURNEY = 70;

	private final RollupStore rollups = mock(RollupStore.class);

	private final Journeys journeys = mock(Journeys.class);

	private final TouchpointMetrics metrics = new TouchpointMetrics(rollups, journeys, new Figures(3));

	private final RollupFilter now = filter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

	private final RollupFilter before = filter(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 28));

	private final ServiceStandard queue = new ServiceStandard(1L, "Queue", null, "min", java.math.BigDecimal.TEN,
			StandardDirection.AT_MOST, ComplianceSource.SURVEY_QUESTION);

	private final Survey survey = SurveyBuilder.survey("Trip")
		.about(JOURNEY)
		.rating("checkin", 11)
		.rating("flight", 21)
		.question(new io.peakxm.survey.Question("queue", QuestionType.NUMBER, "Minutes queued", null, false, 1, 21L,
				List.of(), false, List.of(), 0.0, 60.0, null, null))
		.unsaved(1, WORKSPACE);

	TouchpointMetricsTests() {
		Journey journey = new Journey(JOURNEY, WORKSPACE, 1, 1, false, null, null, null,
				JourneyBuilder.journey("Trip")
					.stage("Airport", touchpoint(11, "Check-in", 1, false, false), touchpoint(12, "Boarding"))
					.stage("Air", touchpoint(21, "Flight", 2, true, true, queue))
					.design());
		when(journeys.find(WORKSPACE, JOURNEY)).thenReturn(Optional.of(journey));
		when(rollups.perAnswer(same(now), isNull()))
			.thenReturn(Map.of(new AnswerKey("checkin", ""), answers(5, 5, 4, 3, 2), new AnswerKey("flight", ""),
					answers(4, 4), new AnswerKey("queue", ""), answers(5, 8, 10, 15)));
		when(rollups.perAnswer(same(before), isNull()))
			.thenReturn(Map.of(new AnswerKey("checkin", ""), answers(3, 3, 3, 3, 3)));
	}

	@Test
	void everyTouchpointInJourneyOrderWithItsStage() {
		List<TouchpointScore> scores = metrics.scores(survey, now, before);

		assertThat(scores).extracting(TouchpointScore::touchpointId).containsExactly(11L, 12L, 21L);
		assertThat(scores).extracting(s -> s.stage().en()).containsExactly("Airport", "Airport", "Air");
		assertThat(scores).extracting(s -> s.name().en()).containsExactly("Check-in", "Boarding", "Flight");
	}

	@Test
	void aRatedTouchpointHasItsMeanTopTwoBoxAndMeasuredEmotionAgainstThePeriodBefore() {
		TouchpointScore checkIn = metrics.scores(survey, now, before).get(0);

		assertThat(checkIn.mean().estimate().value()).isCloseTo(3.8, within(1e-9));
		assertThat(checkIn.mean().estimate().n()).isEqualTo(5);
		assertThat(checkIn.mean().vsPrevious().difference()).isCloseTo(0.8, within(1e-9));
		assertThat(checkIn.topTwo().estimate().value()).isCloseTo(60.0, within(1e-9));
		// Designed +1; measured: the mean's distance from the scale's middle (3).
		assertThat(checkIn.designedEmotion()).isEqualTo(1);
		assertThat(checkIn.measuredEmotion()).isEqualTo(0.8);
	}

	@Test
	void aTouchpointNoQuestionRatesHasNoFigures() {
		TouchpointScore boarding = metrics.scores(survey, now, before).get(1);

		assertThat(boarding.mean()).isNull();
		assertThat(boarding.topTwo()).isNull();
		assertThat(boarding.measuredEmotion()).isNull();
		assertThat(boarding.compliance()).isEmpty();
	}

	@Test
	void belowTheMinimumAFigureIsHiddenAndShowsNoEmotion() {
		TouchpointScore flight = metrics.scores(survey, now, before).get(2);

		assertThat(flight.mean().hidden()).isTrue();
		assertThat(flight.measuredEmotion()).isNull();
	}

	@Test
	void aStandardMeasuredByANumberQuestionIsTheShareOfAnswersThatMeetIt() {
		TouchpointScore flight = metrics.scores(survey, now, before).get(2);

		// 5, 8 and 10 minutes meet "at most 10"; 15 does not.
		assertThat(flight.compliance()).singleElement().satisfies(c -> {
			assertThat(c.standard()).isEqualTo("Queue ≤ 10 min");
			assertThat(c.share().estimate().value()).isCloseTo(75.0, within(1e-9));
			assertThat(c.share().estimate().n()).isEqualTo(4);
		});
	}

	@Test
	void aSurveyWithoutJourneyHasNoTouchpoints() {
		Survey plain = SurveyBuilder.survey("Plain").scale("nps", QuestionType.NPS).unsaved(2, WORKSPACE);

		assertThat(metrics.scores(plain, now, before)).isEmpty();
	}

	private static RollupFilter filter(LocalDate from, LocalDate to) {
		return new RollupFilter(WORKSPACE, 1, from, to, null, null, null, "", "");
	}

	/** The rollup figures of the given answers. */
	static Aggregate answers(int... values) {
		long[] histogram = new long[11];
		double total = 0;
		double totalSq = 0;
		for (int v : values) {
			if (v <= 10) {
				histogram[v]++;
			}
			total += v;
			totalSq += (double) v * v;
		}
		return new Aggregate(values.length, total, totalSq, histogram);
	}

}
