package io.peakxm.metrics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.peakxm.metrics.Breakdown;
import io.peakxm.metrics.Distribution;
import io.peakxm.metrics.FigureText;
import io.peakxm.metrics.Metrics;
import io.peakxm.metrics.RollupAdministration;
import io.peakxm.metrics.MetricsQuery;
import io.peakxm.metrics.Overview;
import io.peakxm.metrics.Period;
import io.peakxm.metrics.TouchpointScore;
import io.peakxm.response.CollectionChannel;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.PageRequest;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.Permission;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards: overview (KPI tiles, trend), touchpoints in journey order (score next
 * to designed emotion, standard compliance) and distributions with breakdowns. The filter
 * lives in the URL; every view exports as CSV and XLSX; charts save as PNG.
 */
@Controller
@PreAuthorize("hasAuthority('DASHBOARD_VIEW')")
class MetricsController {

	private final Metrics metrics;

	private final RollupAdministration administration;

	private final Surveys surveys;

	private final MessageSource messages;

	private final JsonMapper json;

	private final MetricsTables tables;

	MetricsController(Metrics metrics, RollupAdministration administration, Surveys surveys, MessageSource messages,
			JsonMapper json, MetricsTables tables) {
		this.metrics = metrics;
		this.administration = administration;
		this.surveys = surveys;
		this.messages = messages;
		this.json = json;
		this.tables = tables;
	}

	@GetMapping("/metrics")
	String overview(MetricsParams params, Model model, HttpServletResponse response, Locale locale) {
		Actor actor = CurrentActor.require();
		return render(model, response, locale, params, "overview", (query, survey, links) -> {
			Overview overview = metrics.overview(actor, survey, query);
			model.addAttribute("overview", overview);
			model.addAttribute("tiles", overview.tiles().stream().map(f -> FigureText.of(f, locale)).toList());
			model.addAttribute("chart", json.writeValueAsString(TrendChart.of(overview, links, messages, locale)));
		});
	}

	@GetMapping("/metrics/touchpoints")
	String touchpoints(MetricsParams params, Model model, HttpServletResponse response, Locale locale) {
		Actor actor = CurrentActor.require();
		return render(model, response, locale, params, "touchpoints", (query, survey, links) -> {
			List<TouchpointScore> scores = metrics.touchpoints(actor, survey, query);
			List<String> responses = scores.stream()
				.map(s -> links == null || s.mean() == null ? null
						: links.answered(s.mean().question(), s.mean().row()))
				.toList();
			model.addAttribute("scores", scores);
			model.addAttribute("means", scores.stream().map(s -> FigureText.of(s.mean(), locale)).toList());
			model.addAttribute("tops", scores.stream().map(s -> FigureText.of(s.topTwo(), locale)).toList());
			model.addAttribute("responses", responses);
			model.addAttribute("chart", json.writeValueAsString(TouchpointChart.of(scores, responses, locale)));
		});
	}

	@GetMapping("/metrics/distribution")
	String distribution(MetricsParams params, @RequestParam(required = false) String question,
			@RequestParam(required = false) String by, Model model, HttpServletResponse response, Locale locale) {
		Actor actor = CurrentActor.require();
		return render(model, response, locale, params, "distribution", (query, survey, links) -> {
			List<Question> questions = survey.definition()
				.questions()
				.stream()
				.filter(q -> q.type().isScale() || q.type().isChoice() || q.type() == QuestionType.MATRIX
						|| q.type() == QuestionType.NUMBER)
				.toList();
			model.addAttribute("questions", questions);
			if (questions.isEmpty()) {
				return;
			}
			String key = question == null || question.isBlank() ? questions.get(0).key() : question;
			Distribution distribution = metrics.distribution(actor, survey, query, key);
			DistributionChart chart = DistributionChart.of(distribution, links, locale);
			model.addAttribute("distribution", distribution);
			model.addAttribute("bars", chart.bars());
			model.addAttribute("question", key);
			model.addAttribute("chart", json.writeValueAsString(chart));
			Question q = questions.stream().filter(x -> x.key().equals(key)).findFirst().orElse(questions.get(0));
			if (!q.type().isChoice() && q.type() != QuestionType.MATRIX) {
				String grouping = by == null || by.isBlank() ? "channel" : by;
				Breakdown breakdown = metrics.breakdown(actor, survey, query, key, "", grouping);
				model.addAttribute("by", grouping);
				model.addAttribute("breakdown", breakdown);
				model.addAttribute("groups",
						breakdown.groups().stream().map(g -> FigureText.of(g.figure(), locale)).toList());
				model.addAttribute("groupLabels",
						breakdown.groups().stream().map(g -> groupLabel(grouping, g, locale)).toList());
				model.addAttribute("groupResponses",
						breakdown.groups()
							.stream()
							.map(g -> links == null ? null : links.group(grouping, g.key(), key))
							.toList());
				// A group whose difference from the rest cannot be tested (too few
				// answers on a side) gets no verdict.
				model.addAttribute("vsRest",
						breakdown.groups()
							.stream()
							.map(g -> g.vsRest() != null && g.vsRest().testable()
									? FigureText.ChangeText.of(g.figure(), g.vsRest()) : null)
							.toList());
			}
		});
	}

	/**
	 * A breakdown group's name: channels and languages in the reader's words, as the
	 * filters name them.
	 */
	private String groupLabel(String by, Breakdown.Group group, Locale locale) {
		return switch (by) {
			case "channel" -> messages.getMessage("responseChannel." + group.key(), null, group.key(), locale);
			case "language" -> messages.getMessage("languageName." + group.key(), null, group.key(), locale);
			default -> group.label().in(locale);
		};
	}

	@GetMapping({ "/metrics/{view}.csv", "/metrics/{view}.xlsx" })
	@PreAuthorize("hasAuthority('DATA_EXPORT')")
	void export(@PathVariable String view, MetricsParams params, @RequestParam(required = false) String question,
			jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws java.io.IOException {
		Actor actor = CurrentActor.require();
		MetricsQuery query = params.toQuery();
		Survey survey = metrics.survey(actor, query);
		MetricsTables.Table table = switch (view) {
			case "overview" -> tables.overview(metrics.overview(actor, survey, query), locale);
			case "touchpoints" -> tables.touchpoints(metrics.touchpoints(actor, survey, query), locale);
			case "distribution" -> tables.distribution(
					metrics.distribution(actor, survey, query, question == null ? firstQuestion(survey) : question),
					locale);
			default -> throw new io.peakxm.shared.NotFoundException("metrics.viewUnknown");
		};
		boolean xlsx = request.getRequestURI().endsWith(".xlsx");
		String fileName = "peakxm-" + view + (xlsx ? ".xlsx" : ".csv");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
		if (xlsx) {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			tables.writeXlsx(table, response.getOutputStream());
		}
		else {
			response.setContentType("text/csv; charset=UTF-8");
			tables.writeCsv(table, response.getOutputStream());
		}
	}

	private static String firstQuestion(Survey survey) {
		return survey.definition()
			.questions()
			.stream()
			.filter(q -> q.type().isScale())
			.map(Question::key)
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("question", "validation.required"));
	}

	@PostMapping("/metrics/rebuild")
	@PreAuthorize("hasAuthority('SETTINGS_MANAGE')")
	String rebuild(RedirectAttributes redirect, Locale locale) {
		int count = administration.rebuild(CurrentActor.require());
		redirect.addFlashAttribute("success", messages.getMessage("metrics.rebuilt", new Object[] { count }, locale));
		return "redirect:/metrics";
	}

	@PostMapping("/metrics/dimensions")
	@PreAuthorize("hasAuthority('SETTINGS_MANAGE')")
	String dimensions(@RequestParam long survey, @RequestParam(required = false) List<String> dimensions,
			RedirectAttributes redirect, Locale locale) {
		administration.setDimensions(CurrentActor.require(), survey, dimensions == null ? List.of() : dimensions);
		redirect.addFlashAttribute("success", messages.getMessage("metrics.dimensionsSaved", null, locale));
		return "redirect:/metrics?survey=" + survey;
	}

	/**
	 * Fills what every view shows (filter, survey choice), then the view's own figures;
	 * bad filters are named.
	 */
	private String render(Model model, HttpServletResponse response, Locale locale, MetricsParams params, String view,
			ViewFiller filler) {
		Actor actor = CurrentActor.require();
		model.addAttribute("view", view);
		model.addAttribute("params", params);
		model.addAttribute("queryString", params.queryString());
		model.addAttribute("channels", CollectionChannel.values());
		model.addAttribute("surveys",
				surveys.list(actor, null, null, new PageRequest(0, PageRequest.MAX_SIZE)).items());
		model.addAttribute("minimum", metrics.minimumResponses());
		try {
			MetricsQuery query = params.toQuery();
			Survey survey = metrics.survey(actor, query);
			model.addAttribute("survey", survey);
			List<String> dims = administration.dimensions(actor, survey);
			Map<String, List<String>> dimensionValues = new LinkedHashMap<>();
			if (actor.can(Permission.ANALYTICS_VIEW)) {
				for (String dim : dims) {
					dimensionValues.put(dim, administration.dimensionValues(actor, survey, dim));
				}
			}
			model.addAttribute("dimensionValues", dimensionValues);
			List<String> hidden = new ArrayList<>();
			survey.definition().hiddenFields().forEach(q -> hidden.add(q.key()));
			model.addAttribute("hiddenFields", hidden);
			model.addAttribute("dimensions", dims);
			Period period = metrics.period(query);
			model.addAttribute("period", period);
			model.addAttribute("previousPeriod", period.previous());
			filler.fill(query, survey, ResponseLinks.forReader(actor, survey.id(), query, period));
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			model.addAttribute("filterErrors", FormErrors.withFields(ex.violations(), messages, locale));
		}
		catch (io.peakxm.shared.NotFoundException ex) {
			model.addAttribute("noSurvey", true);
		}
		return "metrics/" + view;
	}

	/**
	 * Adds a view's figures of the survey the request is about (read once, by
	 * {@link #render}); {@code links} lead to the responses behind them (null without the
	 * permission).
	 */
	@FunctionalInterface
	private interface ViewFiller {

		void fill(MetricsQuery query, Survey survey, ResponseLinks links);

	}

}
