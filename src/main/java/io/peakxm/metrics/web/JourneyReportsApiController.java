package io.peakxm.metrics.web;

import io.peakxm.metrics.JourneyReports;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What customers reported about a journey's touchpoints; the journey map draws it next to the designed curve. */
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
	JourneyReports.Report report(@RequestParam long journey, @RequestParam(required = false) Long survey) {
		return reports.report(CurrentActor.require(), journey, survey);
	}
}
