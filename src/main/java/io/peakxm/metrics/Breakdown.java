package io.peakxm.metrics;

import java.util.List;

import io.peakxm.metrics.statistics.SignificanceTests;
import io.peakxm.shared.LocalizedText;

/**
 * A figure split by a column (channel, language, touchpoint of the response, a hidden
 * field's value).
 */
public record Breakdown(String by, Figure total, List<Group> groups) {

	/**
	 * One group and its figure, with its difference from the other groups together,
	 * tested for significance. Its label is the touchpoint's name, or the key itself (a
	 * channel, a language, a hidden field's value).
	 */
	public record Group(String key, LocalizedText label, Figure figure, SignificanceTests.Change vsRest) {
	}
}
