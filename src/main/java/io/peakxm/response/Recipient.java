package io.peakxm.response;

import java.util.Map;

/**
 * Someone to invite: e-mail address, optional name and language, and values for the
 * survey's hidden fields.
 */
public record Recipient(String email, String name, String language, Map<String, String> fields) {

	public Recipient {
		fields = fields == null ? Map.of() : Map.copyOf(fields);
	}
}
