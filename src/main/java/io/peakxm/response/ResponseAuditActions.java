package io.peakxm.response;

/** Audit actions of the response module. */
final class ResponseAuditActions {

	static final String DELETED = "response.deleted";

	static final String EXPORTED = "response.exported";

	static final String IMPORTED = "response.imported";

	static final String INVITED = "invitation.created";

	static final String UNSUBSCRIBED = "invitation.unsubscribed";

	private ResponseAuditActions() {
	}

}
