package io.peakxm.journey;

/** How a measured value is compared with a service standard's target. */
public enum StandardDirection {

	AT_MOST("≤"), AT_LEAST("≥"), EQUALS("=");

	private final String symbol;

	StandardDirection(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

	/**
	 * Whether a measured value meets the target (equality within a millionth, for yes/no
	 * = 1 standards).
	 */
	public boolean isMet(double value, double target) {
		return switch (this) {
			case AT_MOST -> value <= target;
			case AT_LEAST -> value >= target;
			case EQUALS -> Math.abs(value - target) < 1e-6;
		};
	}

}
