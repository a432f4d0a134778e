package io.peakxm.feedback.internal;

/** Audit actions of the feedback module. */
public final class FeedbackAuditActions {

	/** A topic put on or taken off items by hand (bulk re-tag). */
	public static final String RETAGGED = "feedback.retagged";

	/** A file of feedback imported. */
	public static final String IMPORTED = "feedback.imported";

	private FeedbackAuditActions() {
	}

}
