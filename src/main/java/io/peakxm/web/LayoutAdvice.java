package io.peakxm.web;

import java.util.List;
import java.util.Locale;

import io.peakxm.workspace.Actor;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.MembershipView;
import io.peakxm.workspace.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds what the page layout needs to every page: who is signed in, their workspaces, the language. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final Workspaces workspaces;

	LayoutAdvice(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	@ModelAttribute
	void layout(Model model, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("currentPath", request.getServletPath());
		model.addAttribute("errors", java.util.Map.of());
		Actor actor = CurrentActor.find().orElse(null);
		model.addAttribute("actor", actor);
		model.addAttribute("lang", LanguageResolver.CHINESE.equals(locale) ? "zh-CN" : "en");
		List<MembershipView> memberships = actor == null || actor.isToken() ? List.of()
				: workspaces.membershipsOf(actor.userId(), request);
		model.addAttribute("memberships", memberships);
	}
}
