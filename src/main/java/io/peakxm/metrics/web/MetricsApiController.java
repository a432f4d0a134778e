package io.peakxm.metrics.web;

import java.util.List;

import io.peakxm.metrics.Breakdown;
import io.peakxm.metrics.Distribution;
import io.peakxm.metrics.Metrics;
import io.peakxm.metrics.RollupAdministration;
import io.peakxm.metrics.Overview;
import io.peakxm.metrics.TouchpointScore;
import io.peakxm.metrics.MetricsQuery;
import io.peakxm.survey.Survey;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dashboard figures through the API. Every read takes the dashboards' filter as query
 * parameters: survey, from, to (yyyy-mm-dd), channel, language, dimension
 * ("cabin:Business", needs the analytics permission), granularity. A figure below the
 * minimum number of answers has {@code hidden: true}; without any answer its value is
 * "NaN".
 */
@RestController
@PreAuthorize("hasAuthority('DASHBOARD_VIEW')")
@Tag(name = "Metrics")
class MetricsApiController {

	/** The segments (hidden fields) a survey's figures are split by. */
	record Dimensions(List<String> dimensions) {
	}

	private final Metrics metrics;

	private final RollupAdministration administration;

	MetricsApiController(Metrics metrics, RollupAdministration administration) {
		this.metrics = metrics;
		this.administration = administration;
	}

	@GetMapping("/api/v1/metrics/overview")
	@Operation(
			summary = "KPI tiles (NPS, CSAT, CES) with 95 % intervals, n and significant changes; the main KPI's trend")
	Overview overview(MetricsParams params) {
		return read(params, metrics::overview);
	}

	@GetMapping("/api/v1/metrics/touchpoints")
	@Operation(
			summary = "Every touchpoint of the survey's journey in journey order: mean, top-2-box, designed vs measured emotion, standard compliance")
	List<TouchpointScore> touchpoints(MetricsParams params) {
		return read(params, metrics::touchpoints);
	}

	@GetMapping("/api/v1/metrics/distribution")
	@Operation(summary = "How the answers of a question spread (scale points or options)")
	Distribution distribution(MetricsParams params, @RequestParam String question) {
		return read(params, (actor, survey, query) -> metrics.distribution(actor, survey, query, question));
	}

	@GetMapping("/api/v1/metrics/breakdown")
	@Operation(
			summary = "A question's figure by channel, language, touchpoint or dimension:<hidden field>, each group tested against the rest")
	Breakdown breakdown(MetricsParams params, @RequestParam String question, @RequestParam(required = false) String row,
			@RequestParam(required = false) String by) {
		return read(params, (actor, survey, query) -> metrics.breakdown(actor, survey, query, question, row, by));
	}

	@GetMapping("/api/v1/metrics/dimensions")
	@Operation(summary = "The hidden fields a survey's figures are split by")
	Dimensions dimensions(@RequestParam long survey) {
		return new Dimensions(administration.dimensions(CurrentActor.require(), survey));
	}

	@PutMapping("/api/v1/metrics/dimensions")
	@PreAuthorize("hasAuthority('SETTINGS_MANAGE')")
	@Operation(summary = "Set the hidden fields a survey's figures are split by (at most 5); recomputes its rollups")
	Dimensions setDimensions(@RequestParam long survey, @RequestBody Dimensions body) {
		administration.setDimensions(CurrentActor.require(), survey, body.dimensions());
		return new Dimensions(administration.dimensions(CurrentActor.require(), survey));
	}

	@PostMapping("/api/v1/metrics/rebuild")
	@PreAuthorize("hasAuthority('SETTINGS_MANAGE')")
	@Operation(summary = "Recompute all rollups of the workspace from its responses")
	java.util.Map<String, Integer> rebuild() {
		return java.util.Map.of("surveys", administration.rebuild(CurrentActor.require()));
	}

	/** Reads the survey a request is about once and hands it to a figure. */
	private <T> T read(MetricsParams params, SurveyRead<T> figure) {
		Actor actor = CurrentActor.require();
		MetricsQuery query = params.toQuery();
		return figure.apply(actor, metrics.survey(actor, query), query);
	}

	@FunctionalInterface
	private interface SurveyRead<T> {

		T apply(Actor actor, Survey survey, MetricsQuery query);

	}

}
