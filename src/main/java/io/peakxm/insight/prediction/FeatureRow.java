package io.peakxm.insight.prediction;

import java.util.Arrays;

/**
 * The feature values of one response, in a {@link FeatureLayout}: a number for each
 * numeric feature ({@code NaN} when missing or not applicable) and a category for each
 * categorical one ({@code null} when missing). Immutable.
 */
public final class FeatureRow {

	private final FeatureLayout layout;

	private final double[] numbers;

	private final String[] categories;

	private FeatureRow(FeatureLayout layout, double[] numbers, String[] categories) {
		this.layout = layout;
		this.numbers = numbers;
		this.categories = categories;
	}

	/**
	 * Starts a row in which every value is missing.
	 * @param layout the features of the row
	 * @return a builder
	 */
	public static Builder in(FeatureLayout layout) {
		if (layout == null) {
			throw new IllegalArgumentException("A row needs a feature layout");
		}
		return new Builder(layout);
	}

	/**
	 * The features this row has values for.
	 * @return the layout
	 */
	public FeatureLayout layout() {
		return this.layout;
	}

	/**
	 * The value of a numeric feature.
	 * @param index the feature's position in the layout
	 * @return the number, {@code NaN} when missing
	 */
	public double number(int index) {
		return this.numbers[index];
	}

	/**
	 * The value of a categorical feature.
	 * @param index the feature's position in the layout
	 * @return the category, {@code null} when missing
	 */
	public String category(int index) {
		return this.categories[index];
	}

	/**
	 * This row with one feature's value taken from another row (to measure what the
	 * feature contributes).
	 */
	FeatureRow withValueOf(int index, FeatureRow donor) {
		double[] numbers = this.numbers.clone();
		String[] categories = this.categories.clone();
		numbers[index] = donor.numbers[index];
		categories[index] = donor.categories[index];
		return new FeatureRow(this.layout, numbers, categories);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FeatureRow row && this.layout.equals(row.layout)
				&& Arrays.equals(this.numbers, row.numbers) && Arrays.equals(this.categories, row.categories);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.numbers) + Arrays.hashCode(this.categories);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("FeatureRow[");
		for (int j = 0; j < this.layout.size(); j++) {
			Feature feature = this.layout.feature(j);
			text.append((j > 0) ? ", " : "")
				.append(feature.name())
				.append('=')
				.append(feature.isNumeric() ? this.numbers[j] : this.categories[j]);
		}
		return text.append(']').toString();
	}

	/**
	 * Sets a row's values by feature name; values not set stay missing.
	 */
	public static final class Builder {

		private final FeatureLayout layout;

		private final double[] numbers;

		private final String[] categories;

		private Builder(FeatureLayout layout) {
			this.layout = layout;
			this.numbers = new double[layout.size()];
			this.categories = new String[layout.size()];
			Arrays.fill(this.numbers, Double.NaN);
		}

		/**
		 * Sets a numeric feature.
		 * @param name the feature's name
		 * @param value a finite number, or {@code NaN} for missing or not applicable
		 * @return this builder
		 */
		public Builder number(String name, double value) {
			int index = indexOf(name, Feature.Kind.NUMERIC);
			if (Double.isInfinite(value)) {
				throw new IllegalArgumentException("Feature '" + name + "' needs a finite number or NaN, not " + value);
			}
			this.numbers[index] = value;
			return this;
		}

		/**
		 * Sets a categorical feature.
		 * @param name the feature's name
		 * @param value the category; {@code null} or blank means missing
		 * @return this builder
		 */
		public Builder category(String name, String value) {
			int index = indexOf(name, Feature.Kind.CATEGORICAL);
			this.categories[index] = (value == null || value.isBlank()) ? null : value;
			return this;
		}

		/**
		 * The row with the values set so far.
		 * @return the row
		 */
		public FeatureRow build() {
			return new FeatureRow(this.layout, this.numbers.clone(), this.categories.clone());
		}

		private int indexOf(String name, Feature.Kind kind) {
			int index = this.layout.indexOf(name);
			if (this.layout.feature(index).kind() != kind) {
				throw new IllegalArgumentException(
						"Feature '" + name + "' is " + this.layout.feature(index).kind().name().toLowerCase() + ", not "
								+ kind.name().toLowerCase());
			}
			return index;
		}

	}

}
