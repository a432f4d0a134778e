package io.peakxm.workspace.web;

import java.util.Locale;

import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.Workspaces;
import io.peakxm.workspace.internal.InvitationAnswers;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an invitation link opens ({@code /join/{token}}). Signed in as the invited
 * address: accept or decline. Signed out: sign in to accept, or create the address's
 * account when it has none. Whoever holds the link may decline. The page, declining and
 * creating an account are public; accepting needs the invitee signed in.
 */
@Controller
@RequestMapping("/join/{token}")
class JoinController {

	private final InvitationAnswers answers;

	private final MessageSource messages;

	JoinController(InvitationAnswers answers, MessageSource messages) {
		this.answers = answers;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		return page(token, model, response);
	}

	/**
	 * Needs sign-in, so the sign-in page brings the invitee back here and then to the
	 * invitation.
	 */
	@GetMapping("/sign-in")
	String signedIn() {
		return "redirect:/join/{token}";
	}

	@PostMapping("/accept")
	String accept(@PathVariable String token, HttpSession session, RedirectAttributes redirect, Locale locale) {
		long workspaceId = answers.accept(token);
		session.setAttribute(Workspaces.CURRENT_WORKSPACE, workspaceId);
		redirect.addFlashAttribute("success", messages.getMessage("join.accepted", null, locale));
		return "redirect:/";
	}

	@PostMapping("/decline")
	String decline(@PathVariable String token, Model model) {
		answers.decline(token);
		model.addAttribute("declined", true);
		return "join/show";
	}

	@PostMapping("/account")
	String createAccount(@PathVariable String token, @RequestParam(required = false) String displayName,
			@RequestParam(required = false) String password, @RequestParam(required = false) String confirmation,
			Model model, HttpServletResponse response, Locale locale) {
		try {
			answers.createAccountAndAccept(token, displayName, password, confirmation);
			return "redirect:/login?joined";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("displayName", displayName);
			model.addAttribute("errors", FormErrors.byField(ex.violations(), messages, locale));
			return page(token, model, response);
		}
	}

	private String page(String token, Model model, HttpServletResponse response) {
		var opened = answers.open(token);
		if (opened.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("invalid", true);
			return "join/show";
		}
		Actor actor = CurrentActor.find().filter(a -> !a.isToken()).orElse(null);
		model.addAttribute("token", token);
		model.addAttribute("invitation", opened.get().invitation());
		model.addAttribute("signedIn", actor != null);
		model.addAttribute("invitee", actor != null && actor.email().equals(opened.get().invitation().email()));
		model.addAttribute("accountExists", opened.get().accountExists());
		if (!model.containsAttribute("displayName")) {
			model.addAttribute("displayName", opened.get().invitation().suggestedName());
		}
		return "join/show";
	}

}
