package io.peakxm.web;

import java.util.List;
import java.util.Locale;

import io.peakxm.metrics.FigureText;
import io.peakxm.metrics.Highlights;
import io.peakxm.metrics.Metrics;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.Permission;
import io.peakxm.workspace.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the current workspace and the user's role, invitations waiting for them,
 * and — for readers of dashboards — what moved lately: each open survey's KPI tiles with
 * their changes and the touchpoints that moved most, over the dashboards' default period.
 * Each part is one section of the page, filled from one module's facade; a module added
 * later (closed loop: open alerts and cases) adds its section the same way.
 */
@Controller
class HomeController {

	/** A survey's tiles as the page shows them. */
	record SurveyTiles(long surveyId, String title, List<FigureText> tiles) {
	}

	/** A touchpoint that moved, as the page shows it. */
	record Mover(long surveyId, String survey, String name, String stage, FigureText mean) {
	}

	private final Workspaces workspaces;

	private final Metrics metrics;

	HomeController(Workspaces workspaces, Metrics metrics) {
		this.workspaces = workspaces;
		this.metrics = metrics;
	}

	@GetMapping("/")
	String home(Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		model.addAttribute("demo", actor.hasWorkspace() && workspaces.isDemo(actor.workspaceId()));
		model.addAttribute("invitationsWaiting", workspaces.invitationsWaiting());
		if (actor.hasWorkspace() && actor.can(Permission.DASHBOARD_VIEW)) {
			Highlights highlights = metrics.highlights(actor);
			model.addAttribute("highlights", highlights);
			model.addAttribute("surveyTiles",
					highlights.surveys()
						.stream()
						.filter(s -> !s.tiles().isEmpty())
						.map(s -> new SurveyTiles(s.surveyId(), s.title().in(locale),
								s.tiles().stream().map(f -> FigureText.of(f, locale)).toList()))
						.toList());
			model.addAttribute("movers",
					highlights.movers()
						.stream()
						.map(m -> new Mover(m.surveyId(), m.surveyTitle().in(locale), m.touchpoint().name().in(locale),
								m.touchpoint().stage().in(locale), FigureText.of(m.touchpoint().mean(), locale)))
						.toList());
		}
		return "home";
	}

}
