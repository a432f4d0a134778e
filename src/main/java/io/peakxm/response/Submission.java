package io.peakxm.response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a respondent sent: raw answers keyed like form fields ({@code key}, {@code key.row}, {@code key.other}),
 * the link's hidden field values, and where it came from. {@code idempotencyKey} makes a retry harmless;
 * {@code submittedAt} is null except for imported (historic) responses.
 */
public record Submission(CollectionChannel channel, String language, Long touchpointId, String customerRef,
		String journeyInstanceKey, String idempotencyKey, Instant startedAt, Map<String, List<String>> answers,
		Map<String, String> hiddenValues, Instant submittedAt) {

	/** A submission made now (the usual case; imports and the demo carry their own time). */
	public Submission(CollectionChannel channel, String language, Long touchpointId, String customerRef, String journeyInstanceKey,
			String idempotencyKey, Instant startedAt, Map<String, List<String>> answers, Map<String, String> hiddenValues) {
		this(channel, language, touchpointId, customerRef, journeyInstanceKey, idempotencyKey, startedAt, answers,
				hiddenValues, null);
	}

	public Submission {
		answers = answers == null ? Map.of() : Map.copyOf(answers);
		hiddenValues = hiddenValues == null ? Map.of() : Map.copyOf(hiddenValues);
	}
}
