package io.peakxm.feedback.web;

import java.time.LocalDate;

import io.peakxm.shared.QueryString;

/** Links from a figure to the feedback inbox filtered to the texts behind it. */
final class VerbatimLinks {

	private VerbatimLinks() {
	}

	static String between(LocalDate from, LocalDate to, Long touchpointId, Long topicId) {
		return "/feedback?" + new QueryString().add("from", from)
			.add("to", to)
			.add("touchpoint", touchpointId)
			.add("topic", topicId)
			.toString();
	}

}
