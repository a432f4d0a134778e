package io.peakxm.workspace.web;

import java.util.Locale;

import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.workspace.internal.OwnAccount;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account page: change password. Every signed-in user may use it. */
@Controller
@RequestMapping("/account")
class AccountController {

	private final OwnAccount ownAccount;

	private final MessageSource messages;

	AccountController(OwnAccount ownAccount, MessageSource messages) {
		this.ownAccount = ownAccount;
		this.messages = messages;
	}

	@GetMapping
	String show() {
		return "account/show";
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
			return "account/show";
		}
	}
}
