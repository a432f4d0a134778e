package io.peakxm.web;

import io.peakxm.workspace.CurrentActor;
import io.peakxm.shared.Languages;
import io.peakxm.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Switches the UI language: saved for the signed-in user and in a cookie for the browser.
 */
@Controller
class LocaleController {

	private final Workspaces workspaces;

	private final LanguageResolver languages = new LanguageResolver();

	LocaleController(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	@PostMapping("/locale")
	String change(@RequestParam String lang, @RequestParam(required = false) String returnTo,
			HttpServletRequest request, HttpServletResponse response) {
		String tag = Languages.normalize(lang);
		CurrentActor.find()
			.filter(actor -> !actor.isToken())
			.ifPresent(actor -> workspaces.saveLanguage(actor.userId(), tag));
		languages.setLocale(request, response, LanguageResolver.toLocale(tag));
		return "redirect:" + safeReturn(returnTo);
	}

	/**
	 * Only a local path is followed, so the form cannot be used to redirect elsewhere.
	 */
	static String safeReturn(String returnTo) {
		if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
				|| returnTo.contains("\r") || returnTo.contains("\n") || returnTo.length() > 500) {
			return "/";
		}
		return returnTo;
	}

}
