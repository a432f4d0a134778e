package io.peakxm.web;

import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the current workspace, the user's role and where to go from here. */
@Controller
class HomeController {

	private final Workspaces workspaces;

	HomeController(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	@GetMapping("/")
	String home(Model model) {
		var actor = CurrentActor.require();
		model.addAttribute("demo", actor.hasWorkspace() && workspaces.isDemo(actor.workspaceId()));
		model.addAttribute("invitationsWaiting", workspaces.invitationsWaiting());
		return "home";
	}
}
