package io.peakxm.survey.web;

import io.peakxm.survey.Survey;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The respondent links of a survey: plain, and per touchpoint for QR codes placed at that
 * touchpoint.
 */
final class SurveyLinks {

	private SurveyLinks() {
	}

	/**
	 * {@code https://host/s/{publicId}}, optionally {@code ?tp=..&ch=qr}; the host is the
	 * one of this request.
	 */
	static String link(Survey survey, Long touchpointId, boolean qr) {
		UriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentContextPath().path("/s/{id}");
		if (touchpointId != null) {
			builder.queryParam("tp", touchpointId);
		}
		if (qr) {
			builder.queryParam("ch", "qr");
		}
		return builder.buildAndExpand(survey.publicId()).toUriString();
	}

}
