package io.peakxm.feedback.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a column of a feedback file goes: a property of
 * {@link io.peakxm.feedback.NewFeedback} ({@link #field()} names it as {@link Intake}
 * does), or one of its fields ({@code field:<name>}).
 */
enum ImportTarget {

	SOURCE("source", "source"), EXTERNAL_ID("externalId", "externalId"), AUTHOR("author", "author"),
	RATING("rating", "rating"), TEXT("text", "text"), LANGUAGE("language", "language"),
	WRITTEN_AT("writtenAt", "writtenAt"), SITE("site", "site"), CUSTOMER_REF("customerRef", "customerRef"),
	TOUCHPOINT("touchpoint", "touchpointId"), FIELD("field:", "fields");

	static final String FIELD_PREFIX = "field:";

	private final String name;

	private final String field;

	ImportTarget(String name, String field) {
		this.name = name;
		this.field = field;
	}

	/** The target as a mapping names it. */
	String targetName() {
		return name;
	}

	/** The property of an item it sets, as {@link Intake} names its problems. */
	String field() {
		return field;
	}

	/** The target a mapping names; {@code field:<name>} is {@link #FIELD}. */
	static Optional<ImportTarget> parse(String target) {
		if (target == null) {
			return Optional.empty();
		}
		String t = target.trim();
		if (t.startsWith(FIELD_PREFIX)) {
			return Optional.of(FIELD);
		}
		return Arrays.stream(values()).filter(v -> v != FIELD && v.name.equalsIgnoreCase(t)).findFirst();
	}

	/** The field name of a {@code field:<name>} target. */
	static String fieldName(String target) {
		return target.trim().substring(FIELD_PREFIX.length()).trim();
	}

	/** The targets to choose from, for messages. */
	static String names() {
		return String.join(", ", Arrays.stream(values()).map(v -> v == FIELD ? "field:<name>" : v.name).toList());
	}

}
