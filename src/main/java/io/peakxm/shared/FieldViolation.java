package io.peakxm.shared;

import java.util.List;

/**
 * One rejected input value: the field (or row/column) it concerns, a message code that
 * pages and the API translate, and the arguments of that message.
 */
public record FieldViolation(String field, String code, List<Object> args) {

	public FieldViolation {
		args = List.copyOf(args);
	}

	public static FieldViolation of(String field, String code, Object... args) {
		return new FieldViolation(field, code, List.of(args));
	}
}
