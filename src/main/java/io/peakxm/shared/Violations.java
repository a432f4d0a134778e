package io.peakxm.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Collects violations while a command is checked, then throws them together. */
public final class Violations {

	private final List<FieldViolation> found = new ArrayList<>();

	public Violations add(String field, String code, Object... args) {
		found.add(FieldViolation.of(field, code, args));
		return this;
	}

	/** The violations found so far. */
	public List<FieldViolation> found() {
		return List.copyOf(found);
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

	/**
	 * Reads an enum constant by name, ignoring case. A blank value gives
	 * {@code fallback}; an unknown one adds a violation that lists the allowed names, and
	 * also gives {@code fallback}.
	 */
	public <E extends Enum<E>> E enumValue(String field, Class<E> type, String value, E fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.trim())) {
				return constant;
			}
		}
		add(field, "validation.unknownValue", value,
				String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
		return fallback;
	}

	/**
	 * Reads an ISO date (2026-11-29). A blank value gives {@code null}; one that is not a
	 * date adds a violation with {@code code} and the value, and also gives {@code null}.
	 */
	public LocalDate date(String field, String value, String code) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			add(field, code, value);
			return null;
		}
	}

	public void throwIfAny() {
		if (!found.isEmpty()) {
			throw new InvalidInputException(found);
		}
	}

}
