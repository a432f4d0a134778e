package io.peakxm.response.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.peakxm.response.Invitation;
import io.peakxm.response.Invitations;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Submission;
import io.peakxm.shared.ConflictException;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.PublicPaths;
import io.peakxm.shared.TokenBucketRateLimiter;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyStatus;
import io.peakxm.survey.Surveys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public survey page at {@code /s/{publicId}}: mobile-first, in the respondent's
 * language ({@code ?lang=} or the browser's), with hidden fields and the touchpoint taken
 * from the link ({@code ?flight=SK123&tp=42&ch=qr}), or from an e-mail invitation
 * ({@code ?inv=}). A submission is checked as a whole; the thank-you page appears only
 * after the response is committed. Submissions are limited per client address.
 */
@Controller
class RespondentController {

	static final String HONEYPOT = "website";

	private final Surveys surveys;

	private final ResponseRecorder recorder;

	private final Invitations invitations;

	private final RespondentPages pages;

	private final MessageSource messages;

	private final Clock clock;

	private final TokenBucketRateLimiter limiter;

	RespondentController(Surveys surveys, ResponseRecorder recorder, Invitations invitations, RespondentPages pages,
			MessageSource messages, RespondentProperties properties, Clock clock) {
		this.surveys = surveys;
		this.recorder = recorder;
		this.invitations = invitations;
		this.pages = pages;
		this.messages = messages;
		this.clock = clock;
		this.limiter = new TokenBucketRateLimiter(properties.submissionsPerMinutePerAddress(), 60_000, clock);
	}

	@Bean
	static PublicPaths respondentPaths() {
		return PublicPaths.of("/s/**", "/js/survey.js", "/js/kiosk.js", "/js/survey-progress.js");
	}

	@GetMapping("/s/{publicId}")
	String show(@PathVariable String publicId, @RequestParam MultiValueMap<String, String> query,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Survey survey = surveys.findByPublicId(publicId).orElse(null);
		Locale locale = RespondentLanguage.of(query.getFirst("lang"), request);
		if (survey == null || survey.status() != SurveyStatus.OPEN) {
			return pages.unavailable(model, response, survey, locale);
		}
		if (query.getFirst("inv") != null) {
			Optional<Invitation> invitation = invitations.find(survey, query.getFirst("inv"));
			if (invitation.isEmpty() || invitation.get().respondedAt() != null) {
				return pages.invitationUnusable(model, response, invitation.isEmpty(), locale);
			}
			MultiValueMap<String, String> values = new LinkedMultiValueMap<>(query);
			invitation.get().fields().forEach(values::set);
			values.set("ch", "email");
			return pages.survey(model, survey, values, locale, Map.of(), null);
		}
		return pages.survey(model, survey, query, locale, Map.of(), null);
	}

	@PostMapping("/s/{publicId}")
	String submit(@PathVariable String publicId, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Survey survey = surveys.findByPublicId(publicId).orElse(null);
		Locale locale = RespondentLanguage.of(form.getFirst("lang"), request);
		if (survey == null || survey.status() != SurveyStatus.OPEN) {
			return pages.unavailable(model, response, survey, locale);
		}
		if (form.getFirst(HONEYPOT) != null && !form.getFirst(HONEYPOT).isBlank()) {
			// A bot filled the invisible field: thank it and keep nothing.
			return pages.thanks(model, survey, locale);
		}
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			return pages.survey(model, survey, form, locale, Map.of(),
					List.of(pages.message("respond.throttled", locale)));
		}
		Optional<Invitation> invitation = Optional.empty();
		if (form.getFirst("inv") != null) {
			invitation = invitations.find(survey, form.getFirst("inv"));
			if (invitation.isEmpty()) {
				return pages.invitationUnusable(model, response, true, locale);
			}
		}
		try {
			Submission submission = RespondentForm.submission(survey, form, RespondentForm.channel(form.getFirst("ch")),
					locale, clock);
			if (invitation.isPresent()) {
				invitations.submit(survey, invitation.get(), submission);
			}
			else {
				recorder.submit(survey, submission);
			}
			return pages.thanks(model, survey, locale);
		}
		catch (ConflictException ex) {
			if (!"invitation.alreadyAnswered".equals(ex.code())) {
				throw ex;
			}
			return pages.invitationUnusable(model, response, false, locale);
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			return pages.survey(model, survey, form, locale, FormErrors.byField(ex.violations(), messages, locale),
					List.of(pages.message("respond.fixErrors", locale)));
		}
	}

}
