package io.peakxm.web;

import io.peakxm.workspace.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; the form posts to Spring Security's {@code /login}. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, Model model) {
		if (CurrentActor.find().isPresent()) {
			return "redirect:/";
		}
		if (error != null) {
			model.addAttribute("errorCode", switch (error) {
				case "locked" -> "signIn.error.locked";
				case "disabled" -> "signIn.error.disabled";
				case "throttled" -> "signIn.error.throttled";
				default -> "signIn.error.bad";
			});
		}
		return "login";
	}
}
