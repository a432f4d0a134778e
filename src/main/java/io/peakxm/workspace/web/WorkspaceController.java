package io.peakxm.workspace.web;

import java.util.Locale;

import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.Workspaces;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Switching the current workspace (header switcher) and the workspace settings page. */
@Controller
class WorkspaceController {

	private final Workspaces workspaces;

	private final MessageSource messages;

	WorkspaceController(Workspaces workspaces, MessageSource messages) {
		this.workspaces = workspaces;
		this.messages = messages;
	}

	@PostMapping("/workspaces/switch")
	String switchTo(@RequestParam long workspaceId, HttpSession session) {
		var membership = workspaces.enter(CurrentActor.require().userId(), workspaceId);
		session.setAttribute(Workspaces.CURRENT_WORKSPACE, membership.workspaceId());
		return "redirect:/";
	}

	@GetMapping("/settings")
	@PreAuthorize("hasAuthority('SETTINGS_MANAGE')")
	String settings(Model model) {
		model.addAttribute("name", CurrentActor.require().workspaceName());
		return "settings/show";
	}

	@PostMapping("/settings")
	@PreAuthorize("hasAuthority('SETTINGS_MANAGE')")
	String saveSettings(@RequestParam(required = false) String name, Model model, RedirectAttributes redirect,
			Locale locale) {
		try {
			workspaces.rename(name);
			redirect.addFlashAttribute("success", messages.getMessage("settings.saved", null, locale));
			return "redirect:/settings";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("name", name);
			model.addAttribute("errors", FormErrors.byField(ex.violations(), messages, locale));
			return "settings/show";
		}
	}

}
