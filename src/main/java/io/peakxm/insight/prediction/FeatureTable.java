package io.peakxm.insight.prediction;

import java.util.List;

/**
 * The responses a risk model is trained on: one {@link FeatureRow} per response, all in
 * the same layout.
 *
 * @param layout the features of every row
 * @param rows the rows, in the order of the labels passed along with them
 */
public record FeatureTable(FeatureLayout layout, List<FeatureRow> rows) {

	/**
	 * Checks that every row is in the table's layout, and copies the list.
	 */
	public FeatureTable {
		if (layout == null || rows == null) {
			throw new IllegalArgumentException("A feature table needs a layout and a list of rows");
		}
		rows = List.copyOf(rows);
		for (int i = 0; i < rows.size(); i++) {
			FeatureLayout rowLayout = rows.get(i).layout();
			if (rowLayout != layout && !rowLayout.equals(layout)) {
				throw new IllegalArgumentException(
						"Row " + (i + 1) + " has features " + rowLayout + " instead of the table's " + layout);
			}
		}
	}

	/**
	 * The number of rows.
	 * @return the count
	 */
	public int size() {
		return this.rows.size();
	}

	/**
	 * The row at a position.
	 * @param index 0 … size − 1
	 * @return the row
	 */
	public FeatureRow row(int index) {
		return this.rows.get(index);
	}

}
