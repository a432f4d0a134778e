package io.peakxm.response;

/** Audit actions of the response module. */
final class ResponseAuditActions {

	static final String DELETED = "response.deleted";

	static final String EXPORTED = "response.exported";

	private ResponseAuditActions() {
	}
}
