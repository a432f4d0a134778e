package io.peakxm.insight;

import java.util.List;

/**
 * The most frequent values of a hidden field among a survey's newest responses, with how
 * often each occurs: what decides whether the field groups customers (a segment, a
 * category of the prediction) or identifies them.
 *
 * @param counts the values, most frequent first, at most
 * {@link Insights#MAX_SEGMENT_VALUES} + 1
 */
record FieldValues(List<ValueCount> counts) {

	/** A value and how often it occurs. */
	record ValueCount(String value, long count) {
	}

	List<String> values() {
		return counts.stream().map(ValueCount::value).toList();
	}

	/** Whether there are more values than a filter or a category offers. */
	boolean many() {
		return counts.size() > Insights.MAX_SEGMENT_VALUES;
	}

	/**
	 * Whether the field identifies responses rather than grouping them: most of its
	 * values occur once (a booking reference, a passenger id), so no value stands for a
	 * group of customers.
	 */
	boolean identifies() {
		long once = counts.stream().filter(c -> c.count() == 1).count();
		return 2 * once > counts.size();
	}

	/**
	 * Whether the field can cut the responses into segments: a few values that repeat.
	 */
	boolean segments() {
		return !counts.isEmpty() && !many() && !identifies();
	}
}
