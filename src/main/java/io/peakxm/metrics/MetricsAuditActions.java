package io.peakxm.metrics;

/** Audit actions of the metrics module. */
final class MetricsAuditActions {

	static final String REBUILT = "metrics.rebuilt";

	static final String DIMENSIONS_CHANGED = "metrics.dimensionsChanged";

	private MetricsAuditActions() {
	}

}
