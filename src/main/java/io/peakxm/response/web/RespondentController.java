package io.peakxm.response.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.peakxm.response.Channel;
import io.peakxm.response.Invitation;
import io.peakxm.response.Invitations;
import io.peakxm.shared.ConflictException;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Submission;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.PublicPaths;
import io.peakxm.shared.TokenBucketRateLimiter;
import io.peakxm.shared.WellFormedText;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The public survey page at {@code /s/{publicId}}: mobile-first, in the respondent's language ({@code ?lang=} or
 * the browser's), with hidden fields and the touchpoint taken from the link ({@code ?flight=SK123&tp=42&ch=qr}).
 * A submission is checked as a whole; the thank-you page appears only after the response is committed.
 */
@Controller
class RespondentController {

	static final String HONEYPOT = "website";

	private final Surveys surveys;

	private final ResponseRecorder recorder;

	private final MessageSource messages;

	private final TokenBucketRateLimiter limiter;

	private final Clock clock;

	private final io.peakxm.response.internal.KioskDevices kiosks;

	private final Invitations invitations;

	RespondentController(Surveys surveys, ResponseRecorder recorder, MessageSource messages,
			RespondentProperties properties, Clock clock, io.peakxm.response.internal.KioskDevices kiosks,
			Invitations invitations) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.recorder = recorder;
		this.kiosks = kiosks;
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
		boolean chinese = RespondentLanguage.chinese(query.getFirst("lang"), request);
		if (survey == null || survey.status() != SurveyStatus.OPEN) {
			response.setStatus(survey == null ? 404 : 410);
			model.addAttribute("chinese", chinese);
			model.addAttribute("t", texts(chinese));
			return "respond/unavailable";
		}
		if (query.getFirst("inv") != null) {
			Optional<Invitation> invitation = invitations.find(survey, query.getFirst("inv"));
			if (invitation.isEmpty() || invitation.get().respondedAt() != null) {
				return invitationUnusable(model, response, invitation.isEmpty(), chinese);
			}
			MultiValueMap<String, String> values = new LinkedMultiValueMap<>(query);
			invitation.get().fields().forEach(values::set);
			values.set("ch", "email");
			return page(model, survey, values, chinese, Map.of(), null);
		}
		return page(model, survey, query, chinese, Map.of(), null);
	}

	/** An invitation link that is wrong (404) or was used already (410). */
	private String invitationUnusable(Model model, HttpServletResponse response, boolean unknown, boolean chinese) {
		response.setStatus(unknown ? 404 : 410);
		model.addAttribute("chinese", chinese);
		Map<String, String> texts = texts(chinese);
		texts.put("unavailable", messages.getMessage(unknown ? "respond.invitationUnknown" : "respond.invitationUsed", null,
				RespondentLanguage.locale(chinese)));
		texts.put("unavailableText", messages.getMessage(unknown ? "respond.invitationUnknownText"
				: "respond.invitationUsedText", null, RespondentLanguage.locale(chinese)));
		model.addAttribute("t", texts);
		return "respond/unavailable";
	}

	/**
	 * Kiosk submissions, sent by the kiosk page's script (also when it replays answers queued while offline).
	 * The device key replaces the per-address limit; the per-page id makes a replay harmless.
	 */
	@PostMapping(path = "/s/{publicId}/kiosk", produces = "application/json")
	@org.springframework.web.bind.annotation.ResponseBody
	org.springframework.http.ResponseEntity<Map<String, Object>> kiosk(@PathVariable String publicId,
			@org.springframework.web.bind.annotation.RequestHeader(name = "X-Kiosk-Key", required = false) String key,
			@RequestParam MultiValueMap<String, String> form) {
		Survey survey = surveys.findByPublicId(publicId).orElse(null);
		if (survey == null) {
			return org.springframework.http.ResponseEntity.status(404).body(Map.of("ok", false, "error", "survey"));
		}
		if (!kiosks.isActive(survey.id(), key)) {
			return org.springframework.http.ResponseEntity.status(403).body(Map.of("ok", false, "error", "kiosk key"));
		}
		if (survey.status() != SurveyStatus.OPEN) {
			return org.springframework.http.ResponseEntity.status(410).body(Map.of("ok", false, "error", "closed"));
		}
		boolean chinese = "zh-CN".equals(form.getFirst("lang"));
		try {
			var receipt = recorder.submit(survey, RespondentForm.submission(survey, form, Channel.KIOSK, chinese, clock));
			return org.springframework.http.ResponseEntity.ok(Map.of("ok", true, "duplicate", receipt.duplicate()));
		}
		catch (InvalidInputException ex) {
			return org.springframework.http.ResponseEntity.badRequest()
				.body(Map.of("ok", false, "errors", FormErrors.byField(ex.violations(), messages, RespondentLanguage.locale(chinese))));
		}
	}

	/** The survey as a respondent sees it, draft included, for the builder's phone and desktop preview. */
	@GetMapping("/surveys/{id}/preview/frame")
	@org.springframework.security.access.prepost.PreAuthorize("hasAuthority('DESIGN_VIEW')")
	String previewFrame(@PathVariable long id, @RequestParam MultiValueMap<String, String> query,
			HttpServletRequest request, Model model) {
		Survey survey = surveys.get(io.peakxm.workspace.CurrentActor.require(), id);
		model.addAttribute("preview", true);
		return page(model, survey, query, RespondentLanguage.chinese(query.getFirst("lang"), request), Map.of(), null);
	}

	@PostMapping("/s/{publicId}")
	String submit(@PathVariable String publicId, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Survey survey = surveys.findByPublicId(publicId).orElse(null);
		boolean chinese = RespondentLanguage.chinese(form.getFirst("lang"), request);
		model.addAttribute("chinese", chinese);
		model.addAttribute("t", texts(chinese));
		if (survey == null || survey.status() != SurveyStatus.OPEN) {
			response.setStatus(survey == null ? 404 : 410);
			return "respond/unavailable";
		}
		if (form.getFirst(HONEYPOT) != null && !form.getFirst(HONEYPOT).isBlank()) {
			// A bot filled the invisible field: thank it and keep nothing.
			return thanks(model, survey, chinese);
		}
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			return page(model, survey, form, chinese, Map.of(),
					List.of(messages.getMessage("respond.throttled", null, RespondentLanguage.locale(chinese))));
		}
		Optional<Invitation> invitation = Optional.empty();
		if (form.getFirst("inv") != null) {
			invitation = invitations.find(survey, form.getFirst("inv"));
			if (invitation.isEmpty()) {
				return invitationUnusable(model, response, true, chinese);
			}
		}
		try {
			Submission submission = RespondentForm.submission(survey, form, RespondentForm.channel(form.getFirst("ch")),
					chinese, clock);
			if (invitation.isPresent()) {
				invitations.submit(survey, invitation.get(), submission);
			}
			else {
				recorder.submit(survey, submission);
			}
			return thanks(model, survey, chinese);
		}
		catch (ConflictException ex) {
			if (!"invitation.alreadyAnswered".equals(ex.code())) {
				throw ex;
			}
			return invitationUnusable(model, response, false, chinese);
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			return page(model, survey, form, chinese, FormErrors.byField(ex.violations(), messages, RespondentLanguage.locale(chinese)),
					List.of(messages.getMessage("respond.fixErrors", null, RespondentLanguage.locale(chinese))));
		}
	}

	/**
	 * Parameters that are not well-formed text, refused before any handler here runs (the web edge checks every
	 * parameter): the survey again, 400, with the reasons and without the refused values — a link whose hidden
	 * field is broken still lets the respondent answer. The handlers catch their own invalid input.
	 */
	@ExceptionHandler(InvalidInputException.class)
	String refused(InvalidInputException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		request.getParameterMap()
			.forEach((name, given) -> Arrays.stream(given).filter(WellFormedText::isWellFormed).forEach(v -> values.add(name, v)));
		boolean chinese = RespondentLanguage.chinese(values.getFirst("lang"), request);
		Locale locale = RespondentLanguage.locale(chinese);
		Map<String, List<String>> errors = new HashMap<>();
		List<String> notices = new ArrayList<>(List.of(messages.getMessage("respond.fixErrors", null, locale)));
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
				: surveys.findByPublicId(path.get("publicId")).filter(s -> s.status() == SurveyStatus.OPEN).orElse(null);
		if (survey == null) {
			Map<String, String> texts = texts(chinese);
			texts.put("unavailableText", String.join(" ", reasons));
			model.addAttribute("chinese", chinese);
			model.addAttribute("t", texts);
			return "respond/unavailable";
		}
		return page(model, survey, values, chinese, errors, notices);
	}

	private String page(Model model, Survey survey, MultiValueMap<String, String> values, boolean chinese,
			Map<String, List<String>> errors, List<String> notices) {
		model.addAttribute("survey", survey);
		model.addAttribute("definition", survey.definition());
		model.addAttribute("chinese", chinese);
		model.addAttribute("respondentLocale", RespondentLanguage.locale(chinese));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("notices", notices);
		model.addAttribute("sid", values.getFirst("sid") != null ? values.getFirst("sid")
				: io.peakxm.shared.RandomTokens.urlSafe(22));
		model.addAttribute("started", values.getFirst("started") != null ? values.getFirst("started")
				: String.valueOf(clock.millis()));
		model.addAttribute("passThrough", RespondentForm.passThrough(survey, values));
		model.addAttribute("t", texts(chinese));
		String kiosk = values.getFirst("kiosk");
		model.addAttribute("kiosk", kiosk != null && kiosks.isActive(survey.id(), kiosk) ? kiosk : null);
		return "respond/page";
	}

	private String thanks(Model model, Survey survey, boolean chinese) {
		model.addAttribute("chinese", chinese);
		model.addAttribute("t", texts(chinese));
		model.addAttribute("definition", survey.definition());
		model.addAttribute("publicId", survey.publicId());
		return "respond/thanks";
	}

	/** The respondent page's own texts, in the survey's language rather than the application's. */
	private Map<String, String> texts(boolean chinese) {
		Map<String, String> texts = new HashMap<>();
		for (String key : List.of("submit", "required", "optional", "thanks", "unavailable", "unavailableText", "other",
				"page", "language", "notLikely", "veryLikely", "veryDissatisfied", "verySatisfied", "veryDifficult",
				"veryEasy", "bad", "excellent", "skip", "fixErrors", "queued", "progress")) {
			texts.put(key, messages.getMessage("respond." + key, null, RespondentLanguage.locale(chinese)));
		}
		return texts;
	}
}
