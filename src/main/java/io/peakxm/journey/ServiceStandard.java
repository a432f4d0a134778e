package io.peakxm.journey;

import java.math.BigDecimal;

/**
 * A measurable promise at a touchpoint, e.g. "Check-in queue ≤ 10 min". {@code id} is
 * null until saved.
 */
public record ServiceStandard(Long id, String name, String measure, String unit, BigDecimal target,
		StandardDirection direction, ComplianceSource compliance) {

	/** "Check-in queue ≤ 10 min". */
	public String summary() {
		if (unit != null && unit.trim().equalsIgnoreCase("yes/no") && direction == StandardDirection.EQUALS) {
			return name + ": " + (target.signum() != 0 ? "yes" : "no");
		}
		return name + " " + direction.symbol() + " " + target.stripTrailingZeros().toPlainString()
				+ (unit == null || unit.isBlank() ? "" : " " + unit);
	}
}
