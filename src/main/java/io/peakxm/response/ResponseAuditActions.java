package io.peakxm.response;

/** Audit actions of the response module. */
final class ResponseAuditActions {

	static final String DELETED = "response.deleted";

	static final String EXPORTED = "response.exported";

	static final String IMPORTED = "response.imported";

	private ResponseAuditActions() {
	}
}
