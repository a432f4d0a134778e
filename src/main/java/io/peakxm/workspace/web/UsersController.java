package io.peakxm.workspace.web;

import java.util.Locale;

import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PublicUrl;
import io.peakxm.workspace.Role;
import io.peakxm.workspace.internal.MemberInvitations;
import io.peakxm.workspace.internal.Members;
import jakarta.servlet.http.HttpServletRequest;
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

/**
 * The users page of a workspace: members and invitations; invite, change role, disable
 * and enable.
 */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasAuthority('USERS_MANAGE')")
class UsersController {

	private final Members members;

	private final MemberInvitations invitations;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	UsersController(Members members, MemberInvitations invitations, MessageSource messages, PublicUrl publicUrl) {
		this.members = members;
		this.invitations = invitations;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model,
			HttpServletRequest request) {
		model.addAttribute("q", q);
		model.addAttribute("publicUrl", publicUrl.base());
		model.addAttribute("openedAt", publicUrl.unsetAndOtherThan(request).orElse(null));
		model.addAttribute("members", members.list(q, PageRequest.of(page, 25, 25)));
		model.addAttribute("invitations", invitations.listOpen());
		model.addAttribute("roles", Role.values());
		return "users/list";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new UserForm("", "", Role.VIEWER.name()));
		model.addAttribute("roles", Role.values());
		return "users/new";
	}

	/**
	 * Invites the person; the answer is the same whether the address has an account or
	 * not.
	 */
	@PostMapping
	String create(UserForm form, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			showLinkOnce(invitations.invite(form.email(), form.displayName(), form.role()), redirect, locale);
			return "redirect:/users";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("form", form);
			model.addAttribute("roles", Role.values());
			model.addAttribute("errors", FormErrors.byField(ex.violations(), messages, locale));
			return "users/new";
		}
	}

	@PostMapping("/invitations/{id}/reissue")
	String reissue(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		showLinkOnce(invitations.reissue(id), redirect, locale);
		return "redirect:/users";
	}

	@PostMapping("/invitations/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		invitations.revoke(id);
		redirect.addFlashAttribute("success", messages.getMessage("invitation.revoked", null, locale));
		return "redirect:/users";
	}

	private void showLinkOnce(MemberInvitations.Issued issued, RedirectAttributes redirect, Locale locale) {
		String email = issued.invitation().email();
		redirect.addFlashAttribute("success",
				messages.getMessage("invitation.created", new Object[] { email }, locale));
		redirect.addFlashAttribute("secret", issued.link());
		redirect.addFlashAttribute("secretLabel", messages.getMessage(
				issued.mailed() ? "invitation.linkMailed" : "invitation.linkOnce", new Object[] { email }, locale));
	}

	@PostMapping("/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam String role, RedirectAttributes redirect, Locale locale) {
		var member = members.changeRole(id, role);
		redirect.addFlashAttribute("success",
				messages.getMessage("users.roleChanged", new Object[] { member.email(), member.role() }, locale));
		return "redirect:/users";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		var member = members.disable(id);
		redirect.addFlashAttribute("success",
				messages.getMessage("users.disabled", new Object[] { member.email() }, locale));
		return "redirect:/users";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		var member = members.enable(id);
		redirect.addFlashAttribute("success",
				messages.getMessage("users.enabled", new Object[] { member.email() }, locale));
		return "redirect:/users";
	}

	/** What the "add user" form posts. */
	record UserForm(String email, String displayName, String role) {
	}

}
