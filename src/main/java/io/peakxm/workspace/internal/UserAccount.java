package io.peakxm.workspace.internal;

/** A person who can sign in; global across the workspaces they belong to. */
public record UserAccount(long id, String email, String displayName, String passwordHash, String locale,
		Long lastWorkspaceId) {
}
