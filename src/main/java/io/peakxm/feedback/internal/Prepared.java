package io.peakxm.feedback.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import io.peakxm.feedback.FeedbackSource;

/**
 * A feedback item checked and ready to analyse and store: every value valid, the external
 * id present, the author already a pseudonym.
 *
 * @param language zh, en, other, or null to detect
 * @param responseId the survey response it comes from (survey comments), or null
 */
record Prepared(FeedbackSource source, String externalId, String author, BigDecimal rating, Integer ratingMin,
		Integer ratingMax, String text, String language, Instant writtenAt, String site, String customerRef,
		Long journeyId, Long touchpointId, Map<String, String> fields, Long responseId, Long surveyId,
		String questionKey) {

	/** The key that identifies an item in its workspace. */
	String key() {
		return source.name() + '\u0000' + externalId;
	}

}
