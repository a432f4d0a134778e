package io.peakxm.feedback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a piece of customer text came from. */
public enum FeedbackSource {

	/** A free-text answer of a survey response (added by PeakXM itself). */
	SURVEY,
	/** A review site (hotel, restaurant, travel or product reviews). */
	REVIEW,
	/** A social media post or comment. */
	SOCIAL,
	/** A note taken during a phone call. */
	CALL,
	/** A chat transcript or note. */
	CHAT,
	/** An e-mail from a customer. */
	EMAIL,
	/** An app store review. */
	APP_STORE,
	/** Anything else. */
	OTHER;

	/** Parses a source name case-insensitively ({@code app_store}, {@code App-Store}). */
	public static Optional<FeedbackSource> parse(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String normal = name.trim().replace('-', '_').toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(s -> s.name().equals(normal)).findFirst();
	}

	/** The names a caller may send, for error messages. */
	public static String names() {
		return String.join(", ", Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
	}

}
