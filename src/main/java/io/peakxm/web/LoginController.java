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
			// One message for every failure; "disabled" is only sent after the right
			// password.
			model.addAttribute("errorCode", "disabled".equals(error) ? "signIn.error.disabled" : "signIn.error.failed");
		}
		return "login";
	}

}
