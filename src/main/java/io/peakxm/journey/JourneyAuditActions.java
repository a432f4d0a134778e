package io.peakxm.journey;

/** Audit actions of the journey module. */
final class JourneyAuditActions {

	static final String IMPORTED = "journey.imported";

	static final String PUBLISHED = "journey.published";

	static final String ARCHIVED = "journey.archived";

	static final String RESTORED = "journey.restored";

	private JourneyAuditActions() {
	}

}
