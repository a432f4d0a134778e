package io.peakxm.metrics;

import java.util.List;

/** A figure split by a column (channel, language, touchpoint of the response, a hidden field's value). */
public record Breakdown(String by, Figure total, List<Group> groups) {

	/** One group and its figure, with its difference from the other groups together, tested for significance. */
	public record Group(String key, String label, Figure figure, io.peakxm.metrics.statistics.SignificanceTests.Change vsRest) {
	}
}
