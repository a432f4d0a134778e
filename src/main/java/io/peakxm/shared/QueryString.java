package io.peakxm.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * A URL query string built from filter values: blank values are left out, the rest UTF-8
 * encoded.
 */
public final class QueryString {

	private final StringJoiner parts = new StringJoiner("&");

	public QueryString add(String name, Object value) {
		if (value != null && !String.valueOf(value).isBlank()) {
			parts.add(name + "=" + URLEncoder.encode(String.valueOf(value).trim(), StandardCharsets.UTF_8));
		}
		return this;
	}

	@Override
	public String toString() {
		return parts.toString();
	}

}
