package io.peakxm.workspace;

import java.time.Instant;
import java.util.Set;

/**
 * An API token as listed to administrators; the secret itself is never stored or shown
 * again.
 */
public record ApiTokenView(long id, String name, String prefix, Set<ApiScope> scopes, String createdBy,
		Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

	/** Whether a token can still be used. */
	public enum Status {

		ACTIVE, EXPIRED, REVOKED

	}

	public ApiTokenView {
		scopes = Set.copyOf(scopes);
	}

	public Status statusAt(Instant now) {
		if (revokedAt != null) {
			return Status.REVOKED;
		}
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			return Status.EXPIRED;
		}
		return Status.ACTIVE;
	}
}
