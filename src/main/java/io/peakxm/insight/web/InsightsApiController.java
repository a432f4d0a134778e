package io.peakxm.insight.web;

import java.time.LocalDate;
import java.util.List;

import io.peakxm.insight.CurvePoint;
import io.peakxm.insight.InsightQuery;
import io.peakxm.insight.Insights;
import io.peakxm.insight.calculation.PeakEndFit;
import io.peakxm.shared.NotFoundException;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Peak Experience Management analyses through the API (the pages follow with the rest of issue 6). */
@RestController
@PreAuthorize("hasAuthority('ANALYTICS_VIEW')")
@Tag(name = "Insights")
class InsightsApiController {

	private final Insights insights;

	InsightsApiController(Insights insights) {
		this.insights = insights;
	}

	@GetMapping("/api/v1/insights/curve")
	@Operation(summary = "Emotional curve: per touchpoint in journey order the designed emotion and the measured mean, quartiles, peak and trough shares (ratings rescaled to -1..+1)")
	List<CurvePoint> curve(@RequestParam long survey,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return insights.curve(CurrentActor.require(), new InsightQuery(survey, from, to));
	}

	@GetMapping("/api/v1/insights/drivers")
	@Operation(summary = "Key drivers: relative weights of the touchpoint ratings on the NPS answer with bootstrap intervals, shares of R2, comparison with a noise driver and performance")
	io.peakxm.insight.Drivers drivers(@RequestParam long survey,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return insights.drivers(CurrentActor.require(), new InsightQuery(survey, from, to));
	}

	@GetMapping("/api/v1/insights/peak-end")
	@Operation(summary = "Peak-end analysis: peak-end model vs mean-only model for the overall NPS, standardized weights with bootstrap intervals, adjusted R2, cross-validated error and the verdict")
	PeakEndFit peakEnd(@RequestParam long survey,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return insights.peakEnd(CurrentActor.require(), new InsightQuery(survey, from, to))
			.orElseThrow(() -> new NotFoundException("insight.notEnoughResponses"));
	}
}
