package io.peakxm.metrics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.peakxm.metrics.JourneyReports;
import io.peakxm.survey.SurveyStatus;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What customers reported about a journey's touchpoints; the journey map draws it next to
 * the designed curve.
 */
@RestController
@PreAuthorize("hasAuthority('DASHBOARD_VIEW')")
@Tag(name = "Metrics")
class JourneyReportsApiController {

	private final JourneyReports reports;

	JourneyReportsApiController(JourneyReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/metrics/journey-reports")
	@Operation(summary = "Reported emotion (mean rating − 3) and n per touchpoint of a journey, from a survey about it "
			+ "(the one given, else the first open one), over the last 30 days")
	ReportBody report(@RequestParam long journey, @RequestParam(required = false) Long survey) {
		Actor actor = CurrentActor.require();
		Locale reader = actor.prefersChinese() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		return ReportBody.of(reports.report(actor, journey, survey), reader);
	}

	/**
	 * The report as the journey map's script reads it: each survey's title in the
	 * language the caller saved (a picker's label), the rest as reported.
	 */
	record ReportBody(List<Choice> surveys, Choice survey, LocalDate from, LocalDate to, int minimumResponses,
			List<JourneyReports.Reported> touchpoints) {

		record Choice(long id, String title, SurveyStatus status) {

			static Choice of(JourneyReports.SurveyChoice choice, Locale reader) {
				return choice == null ? null : new Choice(choice.id(), choice.title().in(reader), choice.status());
			}
		}

		static ReportBody of(JourneyReports.Report report, Locale reader) {
			return new ReportBody(report.surveys().stream().map(c -> Choice.of(c, reader)).toList(),
					Choice.of(report.survey(), reader), report.from(), report.to(), report.minimumResponses(),
					report.touchpoints());
		}
	}

}
