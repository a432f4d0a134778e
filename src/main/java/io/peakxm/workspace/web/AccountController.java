package io.peakxm.workspace.web;

import java.util.Locale;

import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.workspace.Workspaces;
import io.peakxm.workspace.internal.InvitationAnswers;
import io.peakxm.workspace.internal.OwnAccount;
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
 * The signed-in user's own account page: change password, answer invitations to other
 * workspaces. Every signed-in user may use it.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private final OwnAccount ownAccount;

	private final InvitationAnswers invitations;

	private final MessageSource messages;

	AccountController(OwnAccount ownAccount, InvitationAnswers invitations, MessageSource messages) {
		this.ownAccount = ownAccount;
		this.invitations = invitations;
		this.messages = messages;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("invitations", invitations.openForCurrentUser());
		return "account/show";
	}

	@PostMapping("/invitations/{id}/accept")
	String accept(@PathVariable long id, HttpSession session, RedirectAttributes redirect, Locale locale) {
		session.setAttribute(Workspaces.CURRENT_WORKSPACE, invitations.accept(id));
		redirect.addFlashAttribute("success", messages.getMessage("join.accepted", null, locale));
		return "redirect:/";
	}

	@PostMapping("/invitations/{id}/decline")
	String decline(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		invitations.decline(id);
		redirect.addFlashAttribute("success", messages.getMessage("join.declined", null, locale));
		return "redirect:/account";
	}

	@PostMapping("/password")
	String changePassword(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmation,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			ownAccount.changePassword(currentPassword, newPassword, confirmation);
			redirect.addFlashAttribute("success", messages.getMessage("account.passwordChanged", null, locale));
			return "redirect:/account";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.byField(ex.violations(), messages, locale));
			return show(model);
		}
	}

}
