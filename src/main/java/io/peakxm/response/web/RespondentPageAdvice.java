package io.peakxm.response.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.WellFormedText;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyStatus;
import io.peakxm.survey.Surveys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Parameters of the respondent's pages that are not well-formed text, refused before any
 * of their handlers runs (the web edge checks every parameter): the survey again, 400,
 * with the reasons and without the refused values — a link whose hidden field is broken
 * still lets the respondent answer. The handlers catch their own invalid input. Ahead of
 * the application's page and problem-detail advice, for the respondent's controllers
 * only.
 */
@ControllerAdvice(
		assignableTypes = { RespondentController.class, KioskSubmissionController.class, PreviewController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class RespondentPageAdvice {

	private final Surveys surveys;

	private final RespondentPages pages;

	private final MessageSource messages;

	RespondentPageAdvice(Surveys surveys, RespondentPages pages, MessageSource messages) {
		this.surveys = surveys;
		this.pages = pages;
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	String refused(InvalidInputException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		request.getParameterMap()
			.forEach((name, given) -> Arrays.stream(given)
				.filter(WellFormedText::isWellFormed)
				.forEach(v -> values.add(name, v)));
		Locale locale = RespondentLanguage.of(values.getFirst("lang"), request);
		Map<String, List<String>> errors = new HashMap<>();
		List<String> notices = new ArrayList<>(List.of(pages.message("respond.fixErrors", locale)));
		List<String> reasons = new ArrayList<>();
		for (FieldViolation violation : ex.violations()) {
			String message = FormErrors.message(violation, messages, locale);
			reasons.add(message);
			if (violation.field().startsWith("q.")) {
				errors.computeIfAbsent(violation.field().substring(2), k -> new ArrayList<>()).add(message);
			}
			else {
				notices.add(message);
			}
		}
		response.setStatus(400);
		@SuppressWarnings("unchecked")
		var path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Survey survey = path == null || path.get("publicId") == null ? null
				: surveys.findByPublicId(path.get("publicId"))
					.filter(s -> s.status() == SurveyStatus.OPEN)
					.orElse(null);
		if (survey == null) {
			Map<String, String> texts = pages.texts(locale);
			texts.put("unavailableText", String.join(" ", reasons));
			return pages.unavailable(model, locale, texts);
		}
		return pages.survey(model, survey, values, locale, errors, notices);
	}

}
