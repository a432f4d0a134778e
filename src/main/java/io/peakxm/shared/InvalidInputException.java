package io.peakxm.shared;

import java.util.List;

/**
 * Thrown when input breaks a domain rule; carries every violation found so the user can
 * fix them at once.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldViolation> violations;

	public InvalidInputException(List<FieldViolation> violations) {
		super("Invalid input: " + violations);
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("an invalid input needs at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	public static InvalidInputException of(String field, String code, Object... args) {
		return new InvalidInputException(List.of(FieldViolation.of(field, code, args)));
	}

	public List<FieldViolation> violations() {
		return violations;
	}

}
