package io.peakxm.web;

import java.util.Locale;

import io.peakxm.shared.ConflictException;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turns domain errors on pages into something a person can act on: a conflict goes back
 * to the page with the reason shown, an unknown thing shows the 404 page. (API
 * controllers get problem details instead.)
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	private final MessageSource messages;

	PageErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ConflictException.class)
	String conflict(ConflictException ex, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("error", messages.getMessage(ex.code(), ex.args(), ex.code(), locale));
		return "redirect:" + backTo(request);
	}

	@ExceptionHandler(InvalidInputException.class)
	String invalid(InvalidInputException ex, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("error",
				String.join(" ", ex.violations().stream().map(v -> FormErrors.message(v, messages, locale)).toList()));
		return "redirect:" + backTo(request);
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, HttpServletResponse response, Model model) {
		response.setStatus(404);
		model.addAttribute("status", 404);
		return "error/404";
	}

	/**
	 * The page the form was on: the Referer when it is a page of this server, else the
	 * section the request was for (its first path segment).
	 */
	static String backTo(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				java.net.URI uri = java.net.URI.create(referer);
				if (uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName())) {
					String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
					String local = LocaleController.safeReturn(path);
					if (!"/".equals(local) || "/".equals(path)) {
						return local;
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// Not a URI: fall through to the section.
			}
		}
		String path = request.getServletPath();
		int cut = path.indexOf('/', 1);
		return LocaleController.safeReturn(cut > 0 ? path.substring(0, cut) : path);
	}

}
