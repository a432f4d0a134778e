package io.peakxm.workspace;

import java.time.Instant;

/**
 * An invitation to join a workspace as its administrators see it: only what they typed
 * (address, name, role), who invited, and its state. It never shows whether the address
 * has an account.
 */
public record MemberInvitationView(long id, String email, String displayName, Role role, String invitedBy,
		Instant createdAt, Instant expiresAt, Status status) {

	/**
	 * Where an invitation stands; an open invitation past its expiry is {@code EXPIRED}.
	 */
	public enum Status {

		PENDING, EXPIRED, ACCEPTED, DECLINED, REVOKED

	}
}
