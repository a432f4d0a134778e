package io.peakxm.insight.prediction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered features every row of a table, and every row scored later, is described by.
 */
public final class FeatureLayout {

	private final List<Feature> features;

	private final Map<String, Integer> indexByName;

	private FeatureLayout(List<Feature> features) {
		if (features == null || features.isEmpty()) {
			throw new IllegalArgumentException("A risk model needs at least one feature");
		}
		this.features = List.copyOf(features);
		this.indexByName = new HashMap<>();
		for (int j = 0; j < this.features.size(); j++) {
			if (this.indexByName.put(this.features.get(j).name(), j) != null) {
				throw new IllegalArgumentException("Feature '" + this.features.get(j).name() + "' appears twice");
			}
		}
	}

	/**
	 * A layout of the given features, in this order.
	 * @param features at least one feature, names unique
	 * @return the layout
	 */
	public static FeatureLayout of(List<Feature> features) {
		return new FeatureLayout(features);
	}

	/**
	 * A layout of the given features, in this order.
	 * @param features at least one feature, names unique
	 * @return the layout
	 */
	public static FeatureLayout of(Feature... features) {
		return new FeatureLayout((features != null) ? List.of(features) : null);
	}

	/**
	 * The features in order.
	 * @return an unmodifiable list
	 */
	public List<Feature> features() {
		return this.features;
	}

	/**
	 * The number of features.
	 * @return at least 1
	 */
	public int size() {
		return this.features.size();
	}

	/**
	 * The feature at a position.
	 * @param index 0 … size − 1
	 * @return the feature
	 */
	public Feature feature(int index) {
		return this.features.get(index);
	}

	/**
	 * The position of a feature.
	 * @param name the feature's name
	 * @return its index
	 * @throws IllegalArgumentException if the layout has no feature of that name
	 */
	public int indexOf(String name) {
		Integer index = this.indexByName.get(name);
		if (index == null) {
			throw new IllegalArgumentException("No feature '" + name + "' in " + names());
		}
		return index;
	}

	private List<String> names() {
		return this.features.stream().map(Feature::name).toList();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FeatureLayout layout && this.features.equals(layout.features);
	}

	@Override
	public int hashCode() {
		return this.features.hashCode();
	}

	@Override
	public String toString() {
		return "FeatureLayout" + this.features;
	}

}
