package io.peakxm.feedback.internal;

import java.util.ArrayList;
import java.util.List;

import io.peakxm.feedback.FeedbackItem.Staff;

/**
 * Short lists stored in one column: values one per line (a value never holds a line
 * break: the analysis makes them from words), cut to the column's width at a whole value.
 */
final class StoredLists {

	private StoredLists() {
	}

	static String join(List<String> values, int width) {
		StringBuilder joined = new StringBuilder();
		for (String value : values) {
			String clean = value.replace('\n', ' ').replace('\r', ' ');
			if (joined.length() + clean.length() + 1 > width) {
				break;
			}
			if (!joined.isEmpty()) {
				joined.append('\n');
			}
			joined.append(clean);
		}
		return joined.toString();
	}

	static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
	}

	/** Staff as "mention TAB role" lines (no tab: no role). */
	static String joinStaff(List<Staff> staff, int width) {
		return join(staff.stream()
			.map(s -> s.role() == null ? noTab(s.mention()) : noTab(s.mention()) + "\t" + noTab(s.role()))
			.toList(), width);
	}

	private static String noTab(String s) {
		return s.replace('\t', ' ');
	}

	static List<Staff> splitStaff(String joined) {
		List<Staff> staff = new ArrayList<>();
		for (String line : split(joined)) {
			int tab = line.indexOf('\t');
			staff.add(tab < 0 ? new Staff(line, null) : new Staff(line.substring(0, tab), line.substring(tab + 1)));
		}
		return staff;
	}

}
