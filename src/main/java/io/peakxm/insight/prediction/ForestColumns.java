package io.peakxm.insight.prediction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a row becomes the numeric columns trees split on.
 * <p>
 * A number is clamped to its training range (a tree cannot extrapolate anyway), and a
 * missing number becomes one below the training minimum, so a split can send "not
 * applicable" its own way. A category becomes a one-hot column; a feature with missing
 * categories in training gets one more column for "missing", and a category not seen in
 * training is read as missing. So every training row sets at least one column per
 * feature, which the tree library requires.
 */
final class ForestColumns {

	private static final int NONE = -1;

	private final List<FeatureSummary> summaries;

	private final int[] numericColumn;

	private final int[] missingCategoryColumn;

	private final List<Map<String, Integer>> categoryColumns;

	private final boolean[] oneHot;

	private final int count;

	ForestColumns(List<FeatureSummary> summaries) {
		this.summaries = summaries;
		this.numericColumn = new int[summaries.size()];
		this.missingCategoryColumn = new int[summaries.size()];
		this.categoryColumns = new ArrayList<>();
		int column = 0;
		for (int j = 0; j < summaries.size(); j++) {
			FeatureSummary summary = summaries.get(j);
			Map<String, Integer> categories = new HashMap<>();
			this.numericColumn[j] = summary.feature().isNumeric() ? column++ : NONE;
			if (!summary.feature().isNumeric()) {
				for (String category : summary.categories()) {
					categories.put(category, column++);
				}
			}
			this.missingCategoryColumn[j] = (!summary.feature().isNumeric() && summary.hasMissing()) ? column++ : NONE;
			this.categoryColumns.add(categories);
		}
		this.count = column;
		this.oneHot = new boolean[this.count];
		for (int j = 0; j < summaries.size(); j++) {
			this.categoryColumns.get(j).values().forEach((c) -> this.oneHot[c] = true);
			if (this.missingCategoryColumn[j] != NONE) {
				this.oneHot[this.missingCategoryColumn[j]] = true;
			}
		}
	}

	/**
	 * The number of columns.
	 */
	int count() {
		return this.count;
	}

	/**
	 * Whether a column is one of a category's one-hot columns (0 in most rows), not a
	 * number.
	 */
	boolean isOneHot(int column) {
		return this.oneHot[column];
	}

	/**
	 * The row as a dense vector of {@link #count()} values; an unset one-hot column is 0.
	 */
	double[] encode(FeatureRow row) {
		double[] x = new double[this.count];
		for (int j = 0; j < this.summaries.size(); j++) {
			if (this.numericColumn[j] != NONE) {
				x[this.numericColumn[j]] = numericValue(row.number(j), this.summaries.get(j));
			}
			else {
				String category = row.category(j);
				int column = (category != null) ? this.categoryColumns.get(j).getOrDefault(category, NONE) : NONE;
				if (column == NONE) {
					column = this.missingCategoryColumn[j];
				}
				if (column != NONE) {
					x[column] = 1;
				}
			}
		}
		return x;
	}

	private static double numericValue(double value, FeatureSummary summary) {
		return Double.isNaN(value) ? summary.min() - 1 : Math.max(summary.min(), Math.min(summary.max(), value));
	}

}
