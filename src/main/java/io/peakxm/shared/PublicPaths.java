package io.peakxm.shared;

import java.util.List;

/**
 * URL patterns a module serves without sign-in (e.g. survey pages). Modules declare a
 * bean of this type; the security configuration opens exactly these and nothing else.
 */
public record PublicPaths(List<String> patterns) {

	public PublicPaths {
		patterns = List.copyOf(patterns);
	}

	public static PublicPaths of(String... patterns) {
		return new PublicPaths(List.of(patterns));
	}
}
