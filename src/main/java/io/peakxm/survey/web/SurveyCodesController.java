package io.peakxm.survey.web;

import io.peakxm.survey.Surveys;
import io.peakxm.survey.internal.QrCodes;
import io.peakxm.workspace.CurrentActor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * QR codes of a survey's link, for the whole survey or for one touchpoint it measures
 * (the touchpoint travels in the link, so answers are attributed to the counter, gate or
 * table where the code hangs).
 */
@RestController
@PreAuthorize("hasAuthority('DESIGN_VIEW')")
class SurveyCodesController {

	private final Surveys surveys;

	SurveyCodesController(Surveys surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/surveys/{id}/qr.png")
	ResponseEntity<byte[]> png(@PathVariable long id, @RequestParam(required = false) Long tp,
			@RequestParam(defaultValue = "512") int size) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(id, tp, "png"))
			.body(QrCodes.png(link(id, tp), size));
	}

	@GetMapping("/surveys/{id}/qr.svg")
	ResponseEntity<String> svg(@PathVariable long id, @RequestParam(required = false) Long tp) {
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(id, tp, "svg"))
			.body(QrCodes.svg(link(id, tp)));
	}

	private String link(long id, Long tp) {
		var survey = surveys.get(CurrentActor.require(), id);
		if (tp != null && !survey.definition().measuredTouchpoints().containsKey(tp)) {
			throw io.peakxm.shared.InvalidInputException.of("tp", "response.touchpointUnknown", tp);
		}
		return SurveyLinks.link(survey, tp, true);
	}

	private static String disposition(long id, Long tp, String extension) {
		return "inline; filename=\"survey-" + id + (tp == null ? "" : "-touchpoint-" + tp) + "." + extension + "\"";
	}

}
