package io.peakxm.workspace.web;

import java.util.List;
import java.util.Locale;

import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.workspace.ApiScope;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.internal.ApiTokenService;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The API tokens page: create a token (its secret shown once), list and revoke. */
@Controller
@RequestMapping("/tokens")
@PreAuthorize("hasAuthority('TOKENS_MANAGE')")
class TokensController {

	private final ApiTokenService tokens;

	private final MessageSource messages;

	private final java.time.Clock clock;

	TokensController(ApiTokenService tokens, MessageSource messages, java.time.Clock clock) {
		this.tokens = tokens;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TokenForm("", List.of("READ"), null));
		}
		model.addAttribute("tokens", tokens.list(CurrentActor.require().requireWorkspace()));
		model.addAttribute("scopes", ApiScope.values());
		model.addAttribute("now", clock.instant());
		return "tokens/list";
	}

	@PostMapping
	String create(TokenForm form, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			ApiTokenService.IssuedToken issued = tokens.issue(form.name(), form.scopes(), form.expiresInDays());
			redirect.addFlashAttribute("success",
					messages.getMessage("tokens.created", new Object[] { issued.token().name() }, locale));
			redirect.addFlashAttribute("secret", issued.secret());
			redirect.addFlashAttribute("secretLabel", messages.getMessage("tokens.secretOnce", null, locale));
			return "redirect:/tokens";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("form", form);
			model.addAttribute("errors", FormErrors.byField(ex.violations(), messages, locale));
			return list(model);
		}
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		tokens.revoke(id);
		redirect.addFlashAttribute("success", messages.getMessage("tokens.revoked", null, locale));
		return "redirect:/tokens";
	}

	/** What the "new token" form posts. */
	record TokenForm(String name, List<String> scopes, Integer expiresInDays) {
	}

}
