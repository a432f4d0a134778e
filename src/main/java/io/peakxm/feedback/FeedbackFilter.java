package io.peakxm.feedback;

import java.time.LocalDate;

/**
 * Which feedback to list: every criterion is optional (null: any).
 *
 * @param search words to find (all of them; Chinese is word-segmented as the texts are)
 * @param from first day (UTC) written
 * @param to last day (UTC) written
 * @param sentiment NEGATIVE, NEUTRAL or POSITIVE
 * @param touchpointId a touchpoint the text talks about or concerns
 * @param topicId a topic the text is tagged with
 * @param minRating lowest star rating
 * @param maxRating highest star rating
 * @param language zh, en or other
 * @param fieldName a field (a survey's hidden field, an attribute sent with the item) …
 * @param fieldValue … and the value it must have
 */
public record FeedbackFilter(String search, FeedbackSource source, LocalDate from, LocalDate to, String sentiment,
		Long touchpointId, Long topicId, Integer minRating, Integer maxRating, String language, String fieldName,
		String fieldValue) {

	/** No criterion: everything, newest first. */
	public static final FeedbackFilter ALL = new FeedbackFilter(null, null, null, null, null, null, null, null, null,
			null, null, null);

}
