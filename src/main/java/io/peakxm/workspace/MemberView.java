package io.peakxm.workspace;

import java.time.Instant;

/**
 * A user as seen from one workspace: their role there and whether they may still use it.
 */
public record MemberView(long userId, String email, String displayName, Role role, boolean disabled,
		Instant createdAt) {
}
