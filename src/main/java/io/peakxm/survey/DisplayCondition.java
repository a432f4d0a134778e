package io.peakxm.survey;

import java.util.List;

/**
 * Shows a question only when an earlier answer matches, e.g. "what went wrong?" when NPS
 * ≤ 6. For choice questions {@code values} are option keys (IN: any of them chosen); for
 * scales and numbers one number.
 */
public record DisplayCondition(String questionKey, Operator operator, List<String> values) {

	/** How the earlier answer is compared. */
	public enum Operator {

		LESS_OR_EQUAL, GREATER_OR_EQUAL, EQUALS, NOT_EQUALS, ANY_OF, ANSWERED

	}

	public DisplayCondition {
		values = values == null ? List.of() : List.copyOf(values);
	}
}
