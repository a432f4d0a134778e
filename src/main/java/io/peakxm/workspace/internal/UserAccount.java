package io.peakxm.workspace.internal;

import java.time.Instant;

/** A person who can sign in; global across the workspaces they belong to. */
public record UserAccount(long id, String email, String displayName, String passwordHash, String locale,
		int failedAttempts, Instant lockedUntil, Long lastWorkspaceId) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
