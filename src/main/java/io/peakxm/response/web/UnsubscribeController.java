package io.peakxm.response.web;

import java.util.Locale;

import io.peakxm.response.Invitations;
import io.peakxm.shared.PublicPaths;
import io.peakxm.shared.TokenBucketRateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unsubscribe link of invitation e-mails ({@code /u/{token}}). Opening it asks for
 * confirmation (mail scanners open links); the button, or a one-click POST from the mail
 * client (RFC 8058), unsubscribes the address from all mail of the workspace.
 */
@Controller
class UnsubscribeController {

	private final Invitations invitations;

	private final MessageSource messages;

	private final TokenBucketRateLimiter limiter;

	UnsubscribeController(Invitations invitations, MessageSource messages, RespondentProperties properties,
			java.time.Clock clock) {
		this.invitations = invitations;
		this.messages = messages;
		this.limiter = new TokenBucketRateLimiter(properties.submissionsPerMinutePerAddress(), 60_000, clock);
	}

	@Bean
	static PublicPaths unsubscribePaths() {
		return PublicPaths.of("/u/**");
	}

	@GetMapping("/u/{token}")
	String confirm(@PathVariable String token, @RequestParam(required = false) String lang, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Locale locale = RespondentLanguage.of(lang, request);
		var invitation = invitations.peek(token);
		model.addAttribute("locale", locale);
		model.addAttribute("token", token);
		model.addAttribute("known", invitation.isPresent());
		model.addAttribute("done", false);
		if (invitation.isEmpty()) {
			response.setStatus(404);
		}
		return texts(model, locale);
	}

	@PostMapping("/u/{token}")
	String unsubscribe(@PathVariable String token, @RequestParam(required = false) String lang, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Locale locale = RespondentLanguage.of(lang, request);
		model.addAttribute("locale", locale);
		model.addAttribute("token", token);
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			model.addAttribute("known", true);
			model.addAttribute("done", false);
			return texts(model, locale);
		}
		boolean known = invitations.unsubscribe(token).isPresent();
		model.addAttribute("known", known);
		model.addAttribute("done", known);
		if (!known) {
			response.setStatus(404);
		}
		return texts(model, locale);
	}

	private String texts(Model model, Locale locale) {
		java.util.Map<String, String> t = new java.util.HashMap<>();
		for (String key : java.util.List.of("title", "question", "button", "done", "unknown")) {
			t.put(key, messages.getMessage("unsubscribe." + key, null, locale));
		}
		model.addAttribute("t", t);
		return "respond/unsubscribe";
	}

}
