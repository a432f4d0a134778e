package io.peakxm.insight.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.peakxm.feedback.TextCurve;
import io.peakxm.feedback.TextFigures;
import io.peakxm.insight.Analysis;
import io.peakxm.insight.InsightOptions;
import io.peakxm.insight.Insights;
import io.peakxm.insight.Prediction;
import io.peakxm.insight.Predictions;
import io.peakxm.insight.Quadrant;
import io.peakxm.insight.calculation.PeakEndFit.Component;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.CurrentActor;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Peak Experience Management pages: an overview of every analysis of a survey, the
 * emotional curve, the peak-end models, the key drivers, the importance–performance
 * matrix, the recommendations and the prediction of dissatisfied customers. All share one
 * filter kept in the URL; a bad filter is named next to its field, and a survey that
 * cannot be analysed, or too few responses, shows the reason instead of figures. The
 * prediction page trains (or reuses) the model for the same filter.
 */
@Controller
@PreAuthorize("hasAuthority('ANALYTICS_VIEW')")
class InsightsController {

	private final Insights insights;

	private final Predictions predictions;

	private final Surveys surveys;

	private final TextFigures textFigures;

	private final MessageSource messages;

	private final JsonMapper json;

	InsightsController(Insights insights, Predictions predictions, Surveys surveys, TextFigures textFigures,
			MessageSource messages, JsonMapper json) {
		this.insights = insights;
		this.predictions = predictions;
		this.surveys = surveys;
		this.textFigures = textFigures;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/insights")
	String overview(InsightsParams params, Model model, HttpServletResponse response, Locale locale) {
		return render("overview", params, model, response, locale, (analysis, findings) -> {
			model.addAttribute("curveFindings", findings.curve(analysis.curve()));
			Map<String, String> usedBy = new HashMap<>();
			for (String part : List.of("curve", "peak-end", "drivers")) {
				usedBy.put(part, findings.used(part, analysis));
			}
			model.addAttribute("usedBy", usedBy);
			if (analysis.peakEnd() != null) {
				model.addAttribute("peakEndFindings", findings.peakEnd(analysis.peakEnd()));
			}
			if (analysis.drivers() != null) {
				model.addAttribute("driverFindings", findings.drivers(analysis.drivers()));
				model.addAttribute("matrixFinding", findings.matrix(analysis.drivers()));
			}
			model.addAttribute("recommendations",
					analysis.recommendations()
						.stream()
						.map(r -> findings.recommendation(r, analysis.outcome()))
						.toList());
		});
	}

	@GetMapping("/insights/curve")
	String curve(InsightsParams params, Model model, HttpServletResponse response, Locale locale) {
		return render("curve", params, model, response, locale, (analysis, findings) -> {
			model.addAttribute("findings", findings.curve(analysis.curve()));
			TextCurve text = writtenCurve(analysis);
			model.addAttribute("textCurve", text);
			Map<Long, Double> written = new HashMap<>();
			if (text != null) {
				text.points()
					.stream()
					.filter(p -> !p.hidden())
					.forEach(p -> written.put(p.touchpointId(), p.mean().value()));
			}
			model.addAttribute("chart",
					json.writeValueAsString(InsightCharts.curve(analysis.curve(), locale, written)));
		});
	}

	/**
	 * The same journey's curve from what customers wrote in the same days (every source),
	 * or null when the survey rates no journey.
	 */
	private TextCurve writtenCurve(Analysis analysis) {
		var actor = CurrentActor.require();
		Long journeyId = surveys.get(actor, analysis.surveyId()).definition().journeyId();
		return journeyId == null ? null
				: textFigures.journeyCurve(actor, journeyId, analysis.from(), analysis.to(), null);
	}

	@GetMapping("/insights/peak-end")
	String peakEnd(InsightsParams params, Model model, HttpServletResponse response, Locale locale) {
		return render("peak-end", params, model, response, locale, (analysis, findings) -> {
			if (analysis.peakEnd() != null) {
				model.addAttribute("findings", findings.peakEnd(analysis.peakEnd()));
				List<String> labels = Arrays.stream(Component.values())
					.map(c -> findings.text("insight.component." + c.name()))
					.toList();
				model.addAttribute("components", labels);
				model.addAttribute("chart", json.writeValueAsString(InsightCharts.peakEnd(analysis.peakEnd(), labels)));
			}
		});
	}

	@GetMapping("/insights/drivers")
	String drivers(InsightsParams params, Model model, HttpServletResponse response, Locale locale) {
		return render("drivers", params, model, response, locale, (analysis, findings) -> {
			if (analysis.drivers() != null) {
				model.addAttribute("findings", findings.drivers(analysis.drivers()));
				model.addAttribute("chart", json.writeValueAsString(InsightCharts.drivers(analysis.drivers(), locale)));
			}
		});
	}

	@GetMapping("/insights/matrix")
	String matrix(InsightsParams params, Model model, HttpServletResponse response, Locale locale) {
		return render("matrix", params, model, response, locale, (analysis, findings) -> {
			if (analysis.drivers() != null) {
				model.addAttribute("finding", findings.matrix(analysis.drivers()));
				model.addAttribute("quadrants", Quadrant.values());
				model.addAttribute("chart", json.writeValueAsString(InsightCharts.matrix(analysis.drivers(), locale)));
			}
		});
	}

	@GetMapping("/insights/recommendations")
	String recommendations(InsightsParams params, Model model, HttpServletResponse response, Locale locale) {
		return render("recommendations", params, model, response, locale, (analysis, findings) -> model.addAttribute(
				"recommendations",
				analysis.recommendations().stream().map(r -> findings.recommendation(r, analysis.outcome())).toList()));
	}

	@GetMapping("/insights/prediction")
	String prediction(InsightsParams params, Model model, HttpServletResponse response, Locale locale) {
		return render("prediction", params, model, response, locale, (analysis, findings) -> {
			try {
				Prediction prediction = predictions.predict(CurrentActor.require(),
						params.toQuery(analysis.surveyId()));
				model.addAttribute("prediction", prediction);
				model.addAttribute("findings", PredictionText.findings(prediction, findings));
				model.addAttribute("scoringModel", PredictionText.model(prediction, findings));
				model.addAttribute("chart", json.writeValueAsString(InsightCharts.factors(prediction, locale)));
			}
			catch (NotFoundException ex) {
				model.addAttribute("predictionProblem", ex.code());
			}
		});
	}

	/**
	 * Fills what every view shows (the filter with its choices, the responses read),
	 * analyses the chosen survey, then adds the view's own findings and chart. Bad
	 * filters are named by field; an unsuitable survey is a reason, not an error.
	 */
	private String render(String view, InsightsParams params, Model model, HttpServletResponse response, Locale locale,
			ViewFiller filler) {
		Actor actor = CurrentActor.require();
		Findings findings = new Findings(messages, locale);
		List<Survey> analysable = insights.analysableSurveys(actor);
		Map<String, List<String>> errors = new LinkedHashMap<>();
		model.addAttribute("view", view);
		model.addAttribute("params", params);
		model.addAttribute("queryString", params.queryString());
		model.addAttribute("num", findings.numbers());
		model.addAttribute("surveys", SurveyChoice.of(analysable, findings));
		model.addAttribute("filterErrors", errors);
		Long surveyId = params.surveyId().orElse(analysable.isEmpty() ? null : analysable.get(0).id());
		if (surveyId == null && (params.survey() == null || params.survey().isBlank())) {
			model.addAttribute("noSurvey", true);
			return "insights/" + view;
		}
		try {
			if (surveyId == null) {
				throw InvalidInputException.of("survey", "validation.type", params.survey());
			}
			long id = surveyId;
			model.addAttribute("surveyId", id);
			model.addAttribute("queryString", params.withSurvey(id).queryString());
			boolean listed = analysable.stream().anyMatch(s -> s.id() == id);
			model.addAttribute("surveyListed", listed);
			if (!listed) {
				// One the filter does not offer (not analysable, or not open yet): still
				// named, never "#3".
				model.addAttribute("surveyChosen", SurveyChoice.described(surveys.get(actor, id), findings));
			}
			InsightOptions options = insights.options(actor, id);
			model.addAttribute("options", options);
			model.addAttribute("offered", FilterChoices.of(params, options));
			Analysis analysis = insights.analyse(actor, params.toQuery(id));
			model.addAttribute("analysis", analysis);
			model.addAttribute("outcomeName", findings.outcome(analysis.outcome()));
			model.addAttribute("read", findings.read(analysis));
			model.addAttribute("used", findings.used(view, analysis));
			filler.fill(analysis, findings);
		}
		catch (InvalidInputException ex) {
			List<FieldViolation> violations = ex.violations();
			if (violations.stream().allMatch(v -> v.code().equals("insight.surveyUnsuitable"))) {
				model.addAttribute("problem", findings.text("insight.surveyUnsuitable"));
			}
			else {
				response.setStatus(400);
				for (FieldViolation v : violations) {
					errors.computeIfAbsent(FilterChoices.fieldOf(v.field()), f -> new ArrayList<>())
						.add(FormErrors.message(v, messages, locale));
				}
			}
		}
		catch (NotFoundException ex) {
			response.setStatus(404);
			errors.put("survey", List.of(findings.text("insight.surveyNotFound")));
		}
		return "insights/" + view;
	}

	@FunctionalInterface
	private interface ViewFiller {

		void fill(Analysis analysis, Findings findings);

	}

}
