package io.peakxm.feedback;

import java.util.List;

/**
 * A listed item with its text cut into parts that do and do not match the search words,
 * for a page to highlight the hits (each part escaped like any text).
 */
public record FeedbackHit(FeedbackItem item, List<Part> parts) {

	public FeedbackHit {
		parts = List.copyOf(parts);
	}

	/** A stretch of the text; {@code hit} when it is a search word. */
	public record Part(String text, boolean hit) {
	}

}
