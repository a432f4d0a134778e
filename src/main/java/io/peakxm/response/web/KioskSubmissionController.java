package io.peakxm.response.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import io.peakxm.response.CollectionChannel;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.internal.KioskDevices;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyStatus;
import io.peakxm.survey.Surveys;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.MultiValueMap;

/**
 * Kiosk submissions, sent by the kiosk page's script (also when it replays answers queued
 * while offline) to {@code /s/{publicId}/kiosk}. The device key replaces the public
 * page's per-address limit; the per-page id makes a replay harmless. The kiosk page
 * itself is the public survey page opened with {@code ?kiosk=}.
 */
@RestController
class KioskSubmissionController {

	private final Surveys surveys;

	private final ResponseRecorder recorder;

	private final KioskDevices kiosks;

	private final MessageSource messages;

	private final Clock clock;

	KioskSubmissionController(Surveys surveys, ResponseRecorder recorder, KioskDevices kiosks, MessageSource messages,
			Clock clock) {
		this.surveys = surveys;
		this.recorder = recorder;
		this.kiosks = kiosks;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping(path = "/s/{publicId}/kiosk", produces = "application/json")
	ResponseEntity<Map<String, Object>> submit(@PathVariable String publicId,
			@RequestHeader(name = "X-Kiosk-Key", required = false) String key,
			@RequestParam MultiValueMap<String, String> form) {
		Survey survey = surveys.findByPublicId(publicId).orElse(null);
		if (survey == null) {
			return ResponseEntity.status(404).body(Map.of("ok", false, "error", "survey"));
		}
		if (!kiosks.isActive(survey.id(), key)) {
			return ResponseEntity.status(403).body(Map.of("ok", false, "error", "kiosk key"));
		}
		if (survey.status() != SurveyStatus.OPEN) {
			return ResponseEntity.status(410).body(Map.of("ok", false, "error", "closed"));
		}
		// The kiosk page sends the language it shows, exactly.
		Locale locale = "zh-CN".equals(form.getFirst("lang")) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		try {
			var receipt = recorder.submit(survey,
					RespondentForm.submission(survey, form, CollectionChannel.KIOSK, locale, clock));
			return ResponseEntity.ok(Map.of("ok", true, "duplicate", receipt.duplicate()));
		}
		catch (InvalidInputException ex) {
			return ResponseEntity.badRequest()
				.body(Map.of("ok", false, "errors", FormErrors.byField(ex.violations(), messages, locale)));
		}
	}

}
