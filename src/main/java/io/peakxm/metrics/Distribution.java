package io.peakxm.metrics;

import java.util.List;

/** How the answers of a question spread: one bar per scale point or choice option, with n and share. */
public record Distribution(String question, String label, long n, List<Bar> bars) {

	/** One bar: the value or option, its label, count and share in percent. */
	public record Bar(String value, String label, long count, double percent) {
	}
}
