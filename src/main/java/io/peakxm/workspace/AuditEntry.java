package io.peakxm.workspace;

import java.time.Instant;

/** One line of the audit log: who did what, to what, when, from where. */
public record AuditEntry(long id, long workspaceId, Instant occurredAt, Long actorUserId, String actor, String action,
		String target, String detail, String clientIp) {
}
