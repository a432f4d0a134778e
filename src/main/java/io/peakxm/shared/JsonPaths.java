package io.peakxm.shared;

import tools.jackson.core.JacksonException;

/**
 * Where in a JSON document a read failed, written as people read paths:
 * {@code stages[0].touchpoints[1].nameEn}.
 */
public final class JsonPaths {

	private JsonPaths() {
	}

	/** The path of the failure, or {@code whole} when it concerns the document itself. */
	public static String of(JacksonException failure, String whole) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : failure.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? whole : path.toString();
	}

}
