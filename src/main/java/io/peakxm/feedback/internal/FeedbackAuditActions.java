package io.peakxm.feedback.internal;

/** Audit actions of the feedback module. */
public final class FeedbackAuditActions {

	/** A topic put on or taken off items by hand (bulk re-tag). */
	public static final String RETAGGED = "feedback.retagged";

	/** A word customers use accepted as a touchpoint's keyword. */
	public static final String SYNONYM_ACCEPTED = "feedback.synonymAccepted";

	/** A file of feedback imported. */
	public static final String IMPORTED = "feedback.imported";

	private FeedbackAuditActions() {
	}

}
