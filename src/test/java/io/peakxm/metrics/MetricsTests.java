package io.peakxm.metrics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.peakxm.fixtures.SurveyBuilder;
import io.peakxm.journey.Journeys;
import io.peakxm.metrics.internal.RollupStore;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The parts of the metrics facade that decide before any rollup is read: the period a
 * query shows, the setting that hides small figures, and which surveys and filters a
 * reader may ask for.
 */
class MetricsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

	private final RollupStore rollups = mock(RollupStore.class);

	private final Metrics metrics = new Metrics(rollups, mock(Surveys.class), mock(Journeys.class),
			Clock.fixed(Instant.parse("2026-03-31T22:00:00Z"), ZoneOffset.UTC), new MetricsProperties(7));

	private final Actor viewer = Actor.ofUser(1, "v@example.com", "V", 10L, "W", Role.VIEWER, null);

	@Test
	void withoutDatesAQueryShowsTheLast30DaysUpToTodayInUtcAndComparesWithThe30Before() {
		Period period = metrics.period(query(null, null));

		assertThat(period).isEqualTo(new Period(TODAY.minusDays(29), TODAY));
		assertThat(period.days()).isEqualTo(30);
		assertThat(period.previous()).isEqualTo(new Period(TODAY.minusDays(59), TODAY.minusDays(30)));
	}

	@Test
	void aQueryWithOnlyAnEndShowsThe30DaysBeforeIt() {
		LocalDate to = LocalDate.of(2026, 2, 28);

		assertThat(metrics.period(query(null, to))).isEqualTo(new Period(to.minusDays(29), to));
	}

	@Test
	void aPeriodThatEndsBeforeItStartsOrIsLongerThanThreeYearsIsRefused() {
		assertThatThrownBy(() -> metrics.period(query(TODAY, TODAY.minusDays(1))))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).violations().get(0).code())
				.isEqualTo("metrics.fromAfterTo"));
		assertThatThrownBy(() -> metrics.period(query(TODAY.minusDays(Metrics.MAX_DAYS + 1), TODAY)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(metrics.period(query(TODAY.minusDays(Metrics.MAX_DAYS), TODAY)).days())
			.isEqualTo(Metrics.MAX_DAYS + 1);
	}

	@Test
	void theMinimumNumberOfResponsesComesFromTheSettings() {
		assertThat(metrics.minimumResponses()).isEqualTo(7);
	}

	@Test
	void aSurveyOfAnotherWorkspaceHandedInIsNotFoundAndNoRollupIsRead() {
		Survey elsewhere = SurveyBuilder.survey("Other").scale("nps", QuestionType.NPS).unsaved(5, 99);

		assertThatThrownBy(() -> metrics.overview(viewer, elsewhere, query(null, null)))
			.isInstanceOf(NotFoundException.class);
		verifyNoInteractions(rollups);
	}

	@Test
	void segmentsNeedTheAnalyticsPermission() {
		Survey own = SurveyBuilder.survey("Own").scale("nps", QuestionType.NPS).unsaved(5, 10);
		MetricsQuery bySegment = new MetricsQuery(5L, null, null, null, null, "cabin:Business", null);

		assertThatThrownBy(() -> metrics.overview(viewer, own, bySegment)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theHomePageFiguresAreForReadersOfDashboardsOnly() {
		Actor agentWithout = Actor.ofUser(2, "a@example.com", "A", 10L, "W", null, null);

		assertThatThrownBy(() -> metrics.highlights(agentWithout)).isInstanceOf(AccessDeniedException.class);
	}

	private static MetricsQuery query(LocalDate from, LocalDate to) {
		return new MetricsQuery(null, from, to, null, null, null, null);
	}

}
