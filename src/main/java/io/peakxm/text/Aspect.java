package io.peakxm.text;

import java.util.List;

/**
 * A touchpoint or other aspect to find in texts.
 *
 * @param id the caller's identifier, returned in {@link AspectMention#aspectId()}
 * @param terms names and keywords in any language; English terms match whole words
 * (plurals included), Chinese terms match as substrings
 */
public record Aspect(String id, List<String> terms) {

	public Aspect {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("an aspect needs an id");
		}
		terms = (terms != null) ? terms.stream().filter((t) -> t != null && !t.isBlank()).toList() : List.of();
	}

}
