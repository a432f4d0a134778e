package io.peakxm.shared;

import java.util.List;

/**
 * URL patterns of endpoints that take large request bodies (bulk creation of thousands of
 * items): their bodies may reach {@code peakxm.http.max-bulk-body-size} instead of the
 * usual limit. Modules declare a bean of this type; every other body keeps the usual
 * limit.
 */
public record BulkPaths(List<String> patterns) {

	public BulkPaths {
		patterns = List.copyOf(patterns);
	}

	public static BulkPaths of(String... patterns) {
		return new BulkPaths(List.of(patterns));
	}
}
