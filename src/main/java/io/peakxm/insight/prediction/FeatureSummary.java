package io.peakxm.insight.prediction;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the training rows say about one feature, so both models encode rows the same way:
 * for a number its range, mean, standard deviation and whether it is ever missing; for a
 * category the categories seen.
 */
record FeatureSummary(Feature feature, double min, double max, double mean, double sd, boolean hasMissing,
		List<String> categories) {

	/**
	 * Summarizes every feature of the table over the given rows.
	 */
	static List<FeatureSummary> of(FeatureTable table, int[] rows) {
		FeatureLayout layout = table.layout();
		FeatureSummary[] summaries = new FeatureSummary[layout.size()];
		for (int j = 0; j < layout.size(); j++) {
			summaries[j] = layout.feature(j).isNumeric() ? numeric(layout.feature(j), table, rows, j)
					: categorical(layout.feature(j), table, rows, j);
		}
		return List.of(summaries);
	}

	private static FeatureSummary numeric(Feature feature, FeatureTable table, int[] rows, int j) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		double sum = 0;
		int count = 0;
		for (int row : rows) {
			double value = table.row(row).number(j);
			if (!Double.isNaN(value)) {
				min = Math.min(min, value);
				max = Math.max(max, value);
				sum += value;
				count++;
			}
		}
		if (count == 0) {
			return new FeatureSummary(feature, 0, 0, 0, 0, true, List.of());
		}
		double mean = sum / count;
		double squares = 0;
		for (int row : rows) {
			double value = table.row(row).number(j);
			if (!Double.isNaN(value)) {
				squares += (value - mean) * (value - mean);
			}
		}
		return new FeatureSummary(feature, min, max, mean, Math.sqrt(squares / count), count < rows.length, List.of());
	}

	private static FeatureSummary categorical(Feature feature, FeatureTable table, int[] rows, int j) {
		Set<String> seen = new TreeSet<>();
		boolean missing = false;
		for (int row : rows) {
			String value = table.row(row).category(j);
			if (value == null) {
				missing = true;
			}
			else {
				seen.add(value);
			}
		}
		return new FeatureSummary(feature, Double.NaN, Double.NaN, Double.NaN, Double.NaN, missing, List.copyOf(seen));
	}

}
