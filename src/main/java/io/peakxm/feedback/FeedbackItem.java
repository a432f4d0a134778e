package io.peakxm.feedback;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored piece of customer text with what the analysis found in it.
 *
 * @param author the author's pseudonym (never the handle the source gave)
 * @param text the text as written, or with personal data masked for readers without
 * {@code PERSONAL_DATA_VIEW}
 * @param personalData whether the text holds personal data (phone numbers, e-mail
 * addresses, ID numbers)
 * @param responseId the survey response it was written in, or null
 * @param questionKey the survey question it answers, or null
 * @param touchpointId the touchpoint it concerns as a whole (a survey response's), or
 * null
 */
public record FeedbackItem(long id, FeedbackSource source, String externalId, String author, BigDecimal rating,
		Integer ratingMin, Integer ratingMax, String text, String language, Instant writtenAt, Instant receivedAt,
		String site, String customerRef, Long responseId, Long surveyId, String questionKey, Long journeyId,
		Long touchpointId, double sentimentScore, String sentimentLabel, List<String> emotions, List<String> keyPhrases,
		List<Staff> staff, boolean personalData, List<AspectTag> aspects, List<Long> topicIds,
		Map<String, String> fields) {

	public FeedbackItem {
		emotions = List.copyOf(emotions);
		keyPhrases = List.copyOf(keyPhrases);
		staff = List.copyOf(staff);
		aspects = List.copyOf(aspects);
		topicIds = List.copyOf(topicIds);
		fields = Map.copyOf(fields);
	}

	/**
	 * A touchpoint the text talks about, with the sentiment of the clause that names it
	 * ({@code start}…{@code end}: the clause's characters in the text).
	 */
	public record AspectTag(long touchpointId, double sentimentScore, String sentimentLabel, int start, int end) {
	}

	/**
	 * A member of staff the text mentions, as written (a name, or a role word), with the
	 * role when one was recognised (e.g. {@code cabin_crew}), else null.
	 */
	public record Staff(String mention, String role) {
	}

	/** The same item with another text (masked) and its aspects' offsets unchanged. */
	public FeedbackItem withText(String newText) {
		return new FeedbackItem(id, source, externalId, author, rating, ratingMin, ratingMax, newText, language,
				writtenAt, receivedAt, site, customerRef, responseId, surveyId, questionKey, journeyId, touchpointId,
				sentimentScore, sentimentLabel, emotions, keyPhrases, staff, personalData, aspects, topicIds, fields);
	}

}
