package io.peakxm.insight.prediction;

/**
 * One input of a risk model: a named number (a touchpoint rating, a delay, an age) or a
 * named category (a class of travel, a customer type).
 *
 * @param name the name shown as a factor, unique within a {@link FeatureLayout}
 * @param kind whether the values are numbers or categories
 */
public record Feature(String name, Kind kind) {

	/**
	 * Checks the name and kind.
	 */
	public Feature {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A feature needs a name");
		}
		if (kind == null) {
			throw new IllegalArgumentException("Feature '" + name + "' needs a kind (numeric or categorical)");
		}
	}

	/**
	 * A numeric feature; a missing value is {@code NaN}.
	 * @param name the feature's name
	 * @return the feature
	 */
	public static Feature numeric(String name) {
		return new Feature(name, Kind.NUMERIC);
	}

	/**
	 * A categorical feature; a missing value is {@code null}.
	 * @param name the feature's name
	 * @return the feature
	 */
	public static Feature categorical(String name) {
		return new Feature(name, Kind.CATEGORICAL);
	}

	/**
	 * Whether the values are numbers.
	 * @return {@code true} for a numeric feature
	 */
	public boolean isNumeric() {
		return this.kind == Kind.NUMERIC;
	}

	/**
	 * How a feature's values are read.
	 */
	public enum Kind {

		/** Numbers, compared by size; {@code NaN} when missing. */
		NUMERIC,

		/** Labels without an order; {@code null} when missing. */
		CATEGORICAL

	}

}
