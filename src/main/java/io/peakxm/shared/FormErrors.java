package io.peakxm.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * Translates violations into messages per field, for pages (next to the field) and
 * problem details alike.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static String message(FieldViolation violation, MessageSource messages, Locale locale) {
		return messages.getMessage(violation.code(), violation.args().toArray(), violation.code(), locale);
	}

	/**
	 * Every violation as "field: message", for whole-file errors (imports) where the
	 * field is a path or row.
	 */
	public static List<String> withFields(List<FieldViolation> violations, MessageSource messages, Locale locale) {
		return violations.stream().map(v -> v.field() + ": " + message(v, messages, locale)).toList();
	}

	public static Map<String, List<String>> byField(List<FieldViolation> violations, MessageSource messages,
			Locale locale) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		for (FieldViolation violation : violations) {
			result.computeIfAbsent(violation.field(), f -> new java.util.ArrayList<>())
				.add(message(violation, messages, locale));
		}
		return result;
	}

}
