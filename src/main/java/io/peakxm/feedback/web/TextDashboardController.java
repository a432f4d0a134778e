package io.peakxm.feedback.web;

import java.util.Locale;

import io.peakxm.feedback.FeedbackSource;
import io.peakxm.feedback.TextDashboard;
import io.peakxm.feedback.TextFigures;
import io.peakxm.feedback.TextFigures.TextQuery;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.QueryString;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.Permission;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text dashboards page (the API: {@link FeedbackApiController}): sentiment per
 * touchpoint with the change against the period before, the sentiment trend of one
 * touchpoint or of all feedback, topics by volume and sentiment with the rising ones,
 * each figure linked to its verbatims for readers allowed to see them.
 */
@Controller
@PreAuthorize("hasAuthority('DASHBOARD_VIEW')")
class TextDashboardController {

	private final TextFigures figures;

	private final MessageSource messages;

	private final JsonMapper json;

	TextDashboardController(TextFigures figures, MessageSource messages, JsonMapper json) {
		this.figures = figures;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/feedback/dashboard")
	String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String source, @RequestParam(required = false) String language,
			@RequestParam(required = false) Long touchpoint, Model model, HttpServletResponse response, Locale locale) {
		Actor actor = CurrentActor.require();
		model.addAttribute("filter", new FeedbackController.Params(null, source, from, to, null, touchpoint, null, null,
				null, language, null));
		model.addAttribute("sources", FeedbackSource.values());
		boolean verbatims = actor.can(Permission.ANALYTICS_VIEW) || actor.can(Permission.CASES_WORK);
		model.addAttribute("verbatims", verbatims);
		model.addAttribute("queryString",
				new QueryString().add("from", from)
					.add("to", to)
					.add("source", source)
					.add("language", language)
					.toString());
		try {
			TextDashboard dashboard = figures.dashboard(actor, query(from, to, source, language, touchpoint));
			model.addAttribute("dashboard", dashboard);
			String label = touchpoint == null ? messages.getMessage("feedback.dashboard.allFeedback", null, locale)
					: dashboard.touchpoints()
						.stream()
						.filter(t -> t.touchpointId() == touchpoint)
						.map(t -> t.name().in(locale))
						.findFirst()
						.orElse("");
			model.addAttribute("trendLabel", label);
			model.addAttribute("chart",
					json.writeValueAsString(SentimentTrendChart.of(dashboard, verbatims, label,
							messages.getMessage("feedback.dashboard.axis", null, locale),
							messages.getMessage("feedback.dashboard.mentions", null, locale),
							messages.getMessage("metrics.interval", null, locale))));
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			model.addAttribute("filterErrors", FormErrors.withFields(ex.violations(), messages, locale));
		}
		return "feedback/dashboard";
	}

	static TextQuery query(String from, String to, String source, String language, Long touchpoint) {
		var filter = FeedbackFilters.of(null, source, from, to, null, touchpoint, null, null, null, language, null);
		return new TextQuery(filter.from(), filter.to(), filter.source(), filter.language(), touchpoint);
	}

}
