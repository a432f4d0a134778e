package io.peakxm.insight;

import java.util.List;

import io.peakxm.shared.LocalizedText;

/**
 * What the filters of the analyses offer for a survey: its versions, the outcomes it can
 * explain, and the segments (hidden fields with a few values) it can be cut by.
 */
public record InsightOptions(List<Integer> versions, List<Choice> outcomes, List<Segment> segments) {

	/** An outcome as written in a query ({@link Outcome#spec()}) with its label. */
	public record Choice(String spec, LocalizedText label) {
	}

	/** A hidden field with its most frequent values. */
	public record Segment(String field, List<String> values) {
	}
}
