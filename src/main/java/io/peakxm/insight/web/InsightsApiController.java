package io.peakxm.insight.web;

import java.time.LocalDate;
import java.util.List;

import io.peakxm.insight.Analysis;
import io.peakxm.insight.Curve;
import io.peakxm.insight.Drivers;
import io.peakxm.insight.InsightOptions;
import io.peakxm.insight.InsightQuery;
import io.peakxm.insight.Insights;
import io.peakxm.insight.Prediction;
import io.peakxm.insight.Predictions;
import io.peakxm.insight.Recommendation;
import io.peakxm.insight.calculation.PeakEndFit;
import io.peakxm.shared.NotFoundException;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Peak Experience Management analyses through the API. Every analysis takes the same
 * filters: {@code survey}, {@code from}, {@code to} (ISO dates, default the last 365
 * days), {@code version}, {@code segmentField} with {@code segmentValue}, and
 * {@code outcome} (a scale question key, or {@code field=value} for a yes/no).
 */
@RestController
@PreAuthorize("hasAuthority('ANALYTICS_VIEW')")
@Tag(name = "Insights")
class InsightsApiController {

	private final Insights insights;

	private final Predictions predictions;

	InsightsApiController(Insights insights, Predictions predictions) {
		this.insights = insights;
		this.predictions = predictions;
	}

	/** The query parameters every analysis takes. */
	record Params(Long survey, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer version, String segmentField,
			String segmentValue, String outcome) {

		InsightQuery query() {
			if (survey == null) {
				throw io.peakxm.shared.InvalidInputException.of("survey", "validation.required");
			}
			return new InsightQuery(survey, from, to, version, segmentField, segmentValue, outcome);
		}
	}

	@GetMapping("/api/v1/insights")
	@Operation(
			summary = "All journey analyses in one pass: emotional curve, peak-end fit, key drivers with the importance-performance matrix, recommendations")
	Analysis analysis(@ModelAttribute Params params) {
		return insights.analyse(CurrentActor.require(), params.query());
	}

	@GetMapping("/api/v1/insights/options")
	@Operation(
			summary = "The filters a survey offers: versions, outcomes (scale questions, yes/no hidden fields) and segments")
	InsightOptions options(@RequestParam long survey) {
		return insights.options(CurrentActor.require(), survey);
	}

	@GetMapping("/api/v1/insights/curve")
	@Operation(
			summary = "Emotional curve: per touchpoint in journey order the designed emotion and the measured mean, quartiles, peak, trough and end shares (ratings rescaled to -1..+1)")
	Curve curve(@ModelAttribute Params params) {
		return analysis(params).curve();
	}

	@GetMapping("/api/v1/insights/peak-end")
	@Operation(
			summary = "Peak-end analysis: peak-end model vs mean-only model for the overall outcome, standardized weights with bootstrap intervals, adjusted R2, cross-validated error and the verdict")
	PeakEndFit peakEnd(@ModelAttribute Params params) {
		Analysis analysis = analysis(params);
		if (analysis.peakEnd() == null) {
			throw new NotFoundException(analysis.peakEndProblem());
		}
		return analysis.peakEnd();
	}

	@GetMapping("/api/v1/insights/drivers")
	@Operation(
			summary = "Key drivers: relative weights of the touchpoint ratings on the outcome with bootstrap intervals, shares of R2, comparison with a noise driver, performance and importance-performance quadrants")
	Drivers drivers(@ModelAttribute Params params) {
		Analysis analysis = analysis(params);
		if (analysis.drivers() == null) {
			throw new NotFoundException(analysis.driversProblem());
		}
		return analysis.drivers();
	}

	@GetMapping("/api/v1/insights/recommendations")
	@Operation(
			summary = "Recommendations: valleys to repair, peaks to create, the end moment, each with its figure and the expected effect on the outcome")
	List<Recommendation> recommendations(@ModelAttribute Params params) {
		return analysis(params).recommendations();
	}

	@GetMapping("/api/v1/insights/prediction")
	@Operation(
			summary = "Prediction of dissatisfied customers: a random forest on touchpoint ratings, number answers and profile fields with held-out accuracy and AUC against a logistic baseline, the strongest factors and the newest responses predicted at risk (trained results are reused for 10 minutes)")
	Prediction prediction(@ModelAttribute Params params) {
		return predictions.predict(CurrentActor.require(), params.query());
	}

}
