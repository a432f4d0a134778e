package io.peakxm.response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a respondent sent: raw answers keyed like form fields ({@code key},
 * {@code key.row}, {@code key.other}), the link's hidden field values, and where it came
 * from. {@code idempotencyKey} makes a retry harmless; {@code submittedAt} is null except
 * for imported (historic) responses.
 */
public record Submission(CollectionChannel channel, String language, Long touchpointId, String customerRef,
		String journeyInstanceKey, String idempotencyKey, Instant startedAt, Map<String, List<String>> answers,
		Map<String, String> hiddenValues, Instant submittedAt) {

	/**
	 * A submission made now (the usual case; imports and the demo carry their own time).
	 */
	public Submission(CollectionChannel channel, String language, Long touchpointId, String customerRef,
			String journeyInstanceKey, String idempotencyKey, Instant startedAt, Map<String, List<String>> answers,
			Map<String, String> hiddenValues) {
		this(channel, language, touchpointId, customerRef, journeyInstanceKey, idempotencyKey, startedAt, answers,
				hiddenValues, null);
	}

	public Submission {
		answers = answers == null ? Map.of() : Map.copyOf(answers);
		hiddenValues = hiddenValues == null ? Map.of() : Map.copyOf(hiddenValues);
	}

	/**
	 * A submission from a channel in a language ("en", "zh-CN"), made now, until the
	 * builder says otherwise.
	 */
	public static Builder builder(CollectionChannel channel, String language) {
		return new Builder(channel, language);
	}

	/** Builds a submission part by part, so that a call site names what each value is. */
	public static final class Builder {

		private final CollectionChannel channel;

		private final String language;

		private Long touchpointId;

		private String customerRef;

		private String journeyInstanceKey;

		private String idempotencyKey;

		private Instant startedAt;

		private Map<String, List<String>> answers = Map.of();

		private Map<String, String> hiddenValues = Map.of();

		private Instant submittedAt;

		private Builder(CollectionChannel channel, String language) {
			this.channel = channel;
			this.language = language;
		}

		/** The touchpoint the link or QR code was placed at, or null. */
		public Builder touchpoint(Long id) {
			this.touchpointId = id;
			return this;
		}

		/** The customer's reference in the workspace's own systems, or null. */
		public Builder customerRef(String reference) {
			this.customerRef = reference;
			return this;
		}

		/**
		 * What ties responses of one journey instance together (a booking reference), or
		 * null.
		 */
		public Builder journeyInstanceKey(String key) {
			this.journeyInstanceKey = key;
			return this;
		}

		/** The key that makes a retry harmless, or null. */
		public Builder idempotencyKey(String key) {
			this.idempotencyKey = key;
			return this;
		}

		/** When the respondent opened the survey, or null. */
		public Builder startedAt(Instant at) {
			this.startedAt = at;
			return this;
		}

		/**
		 * Raw answers keyed like form fields: {@code key}, {@code key.row},
		 * {@code key.other}.
		 */
		public Builder answers(Map<String, List<String>> raw) {
			this.answers = raw;
			return this;
		}

		/** The link's hidden field values. */
		public Builder hiddenValues(Map<String, String> values) {
			this.hiddenValues = values;
			return this;
		}

		/**
		 * When a historic (imported or demo) response was submitted; null for one made
		 * now.
		 */
		public Builder submittedAt(Instant at) {
			this.submittedAt = at;
			return this;
		}

		public Submission build() {
			return new Submission(channel, language, touchpointId, customerRef, journeyInstanceKey, idempotencyKey,
					startedAt, answers, hiddenValues, submittedAt);
		}

	}
}
