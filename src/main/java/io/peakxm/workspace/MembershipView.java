package io.peakxm.workspace;

/** A workspace a user belongs to, with the role they have there. */
public record MembershipView(long workspaceId, String workspaceName, String organizationName, Role role) {
}
