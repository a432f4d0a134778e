package io.peakxm.workspace;

import java.time.Instant;

/**
 * Narrows the audit log: by action, by actor text, and by a half-open time window [from,
 * to).
 */
public record AuditFilter(String action, String actor, Instant from, Instant to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null);
	}
}
