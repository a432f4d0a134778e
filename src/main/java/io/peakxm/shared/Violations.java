package io.peakxm.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while a command is checked, then throws them together. */
public final class Violations {

	private final List<FieldViolation> found = new ArrayList<>();

	public Violations add(String field, String code, Object... args) {
		found.add(FieldViolation.of(field, code, args));
		return this;
	}

	public boolean isEmpty() {
		return found.isEmpty();
	}

	/** Checks that a text is present and not longer than {@code max} characters. */
	public Violations requireText(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			add(field, "validation.required");
		}
		else if (value.length() > max) {
			add(field, "validation.tooLong", max);
		}
		return this;
	}

	public void throwIfAny() {
		if (!found.isEmpty()) {
			throw new InvalidInputException(found);
		}
	}
}
