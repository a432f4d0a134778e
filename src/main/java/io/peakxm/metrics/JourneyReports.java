package io.peakxm.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.peakxm.journey.Journeys;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.LocalizedText;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyStatus;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import org.springframework.stereotype.Service;

/**
 * What customers reported about a journey's touchpoints, for the journey map (which lives
 * in the journey module and may not depend on this one: the page fetches this in the
 * browser). The ratings come from a survey about the journey — the one asked for, else
 * the longest-running open one (the first made), else the first — over the touchpoint
 * dashboard's default period (the last 30 days), on the designed-emotion scale (mean
 * rating − 3), with n per touchpoint; a touchpoint with fewer answers than the
 * dashboards' minimum is not drawn.
 */
@Service
public class JourneyReports {

	/**
	 * A survey whose answers rate the journey's touchpoints, its title in both languages.
	 */
	public record SurveyChoice(long id, LocalizedText title, SurveyStatus status) {
	}

	/**
	 * One touchpoint as reported: the measured emotion of the touchpoint dashboard, −2 …
	 * +2 (mean − 3, see {@link io.peakxm.shared.Emotion#ofRating}; null when hidden or
	 * unanswered) and the number of answers.
	 */
	public record Reported(long touchpointId, Double emotion, long n, boolean hidden) {
	}

	/**
	 * The reports of one survey in one period; {@code survey} is null when no survey is
	 * about the journey.
	 */
	public record Report(List<SurveyChoice> surveys, SurveyChoice survey, LocalDate from, LocalDate to,
			int minimumResponses, List<Reported> touchpoints) {
	}

	private final Metrics metrics;

	private final Surveys surveys;

	private final Journeys journeys;

	JourneyReports(Metrics metrics, Surveys surveys, Journeys journeys) {
		this.metrics = metrics;
		this.surveys = surveys;
		this.journeys = journeys;
	}

	public Report report(Actor actor, long journeyId, Long surveyId) {
		journeys.get(actor, journeyId);
		List<Survey> about = surveysAbout(actor, journeyId);
		List<SurveyChoice> choices = about.stream()
			.map(s -> new SurveyChoice(s.id(), s.definition().title(), s.status()))
			.toList();
		Survey chosen = surveyId != null
				? about.stream()
					.filter(s -> s.id() == surveyId)
					.findFirst()
					.orElseThrow(() -> InvalidInputException.of("survey", "metrics.surveyNotAboutJourney"))
				: about.stream()
					.min(Comparator.comparing((Survey s) -> s.status() != SurveyStatus.OPEN).thenComparing(Survey::id))
					.orElse(null);
		if (chosen == null) {
			return new Report(choices, null, null, null, metrics.minimumResponses(), List.of());
		}
		MetricsQuery query = new MetricsQuery(chosen.id(), null, null, null, null, null, null);
		RollupFilter period = metrics.filter(actor, chosen, query);
		List<Reported> reported = new ArrayList<>();
		for (TouchpointScore score : metrics.touchpoints(actor, chosen, query)) {
			Figure mean = score.mean();
			reported.add(new Reported(score.touchpointId(), score.measuredEmotion(),
					mean == null ? 0 : mean.estimate().n(), mean == null || mean.hidden()));
		}
		SurveyChoice survey = choices.stream().filter(c -> c.id() == chosen.id()).findFirst().orElseThrow();
		return new Report(choices, survey, period.from(), period.to(), metrics.minimumResponses(), reported);
	}

	/**
	 * The workspace's surveys whose definition names the journey (a workspace has tens of
	 * surveys, not thousands).
	 */
	private List<Survey> surveysAbout(Actor actor, long journeyId) {
		List<Survey> about = new ArrayList<>();
		int page = 0;
		PageSlice<Survey> slice;
		do {
			slice = surveys.list(actor, null, null, new PageRequest(page++, PageRequest.MAX_SIZE));
			slice.items()
				.stream()
				.filter(s -> Objects.equals(s.definition().journeyId(), journeyId))
				.forEach(about::add);
		}
		while (slice.hasNext());
		return about;
	}

}
