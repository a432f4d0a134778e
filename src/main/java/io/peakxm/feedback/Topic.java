package io.peakxm.feedback;

import java.time.Instant;

import io.peakxm.shared.LocalizedText;

/**
 * A topic of the taxonomy: feedback whose text matches its rule is tagged with it. A rule
 * combines keywords in any language with AND, OR, NOT, parentheses and quoted phrases,
 * e.g. {@code (bag OR luggage OR 行李) AND NOT lounge}.
 *
 * @param parentId the topic this one is a sub-topic of, or null
 */
public record Topic(long id, Long parentId, String nameEn, String nameZh, String rule, Instant updatedAt) {

	public LocalizedText name() {
		return new LocalizedText(nameEn, nameZh);
	}

}
