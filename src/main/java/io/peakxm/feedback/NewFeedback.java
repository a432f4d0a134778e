package io.peakxm.feedback;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A piece of customer text to add, as sent by the API or an import, or made from a survey
 * comment. Everything but the source and the text is optional.
 *
 * @param source where it came from (a {@link FeedbackSource} name)
 * @param externalId its id at the source (a review id, a post id); with the source it
 * identifies the item, so the same item is never stored twice; when absent one is made
 * from the source, author, time and text
 * @param author the author's handle at the source; stored only as a pseudonym
 * @param rating a star rating, on the scale {@code ratingMin}…{@code ratingMax} (1…5 when
 * not given)
 * @param language zh, en or other; detected when absent
 * @param writtenAt when the customer wrote it (now when absent)
 * @param site the site, property or branch it concerns
 * @param customerRef a reference to the customer (a loyalty number, a CRM id)
 * @param journeyId the journey it concerns: its touchpoints are looked for in the text
 * (all of the workspace's journeys when absent)
 * @param touchpointId a touchpoint it concerns as a whole (as a survey response's)
 * @param fields further attributes to filter by (segment, tier, market …)
 */
public record NewFeedback(String source, String externalId, String author, BigDecimal rating, Integer ratingMin,
		Integer ratingMax, String text, String language, Instant writtenAt, String site, String customerRef,
		Long journeyId, Long touchpointId, Map<String, String> fields) {

	/** The longest text an item may have, in characters. */
	public static final int MAX_TEXT = 20_000;

	/** The most items one bulk call or import may add. */
	public static final int MAX_BATCH = 50_000;

	public NewFeedback {
		fields = fields == null ? Map.of() : Map.copyOf(fields);
	}

	/** The least a caller sends: a source and a text. */
	public static NewFeedback of(FeedbackSource source, String text) {
		return new NewFeedback(source.name(), null, null, null, null, null, text, null, null, null, null, null, null,
				null);
	}

}
