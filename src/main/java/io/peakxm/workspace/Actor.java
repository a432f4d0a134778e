package io.peakxm.workspace;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting in a request: a signed-in user in their current workspace, or an API
 * token of a workspace. Built per request from the database, so a role change or a
 * revocation takes effect at once.
 */
public record Actor(long userId, String email, String displayName, Long workspaceId, String workspaceName, Role role,
		Long tokenId, Set<ApiScope> scopes, Set<Permission> permissions, String locale) {

	public Actor {
		scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
		permissions = Set.copyOf(permissions);
	}

	public static Actor ofUser(long userId, String email, String displayName, Long workspaceId, String workspaceName,
			Role role, String locale) {
		return new Actor(userId, email, displayName, workspaceId, workspaceName, role, null, Set.of(),
				role == null ? Set.of() : role.permissions(), locale);
	}

	/**
	 * A token acts with what its scopes allow and its owner's current role in the token's
	 * workspace allows, never more: demoting the owner narrows every token they created.
	 */
	public static Actor ofToken(long tokenId, long createdBy, String tokenName, long workspaceId, String workspaceName,
			Set<ApiScope> scopes, Role ownerRole) {
		EnumSet<Permission> granted = EnumSet.noneOf(Permission.class);
		scopes.forEach(scope -> granted.addAll(scope.permissions()));
		granted.retainAll(ownerRole.permissions());
		return new Actor(createdBy, "token:" + tokenName, tokenName, workspaceId, workspaceName, null, tokenId, scopes,
				granted, null);
	}

	/**
	 * Whether texts for this actor are shown in Chinese (its saved or chosen language is
	 * zh-CN).
	 */
	public boolean prefersChinese() {
		return locale != null && locale.startsWith("zh");
	}

	public boolean isToken() {
		return tokenId != null;
	}

	public boolean hasWorkspace() {
		return workspaceId != null;
	}

	public boolean can(Permission permission) {
		return permissions.contains(permission);
	}

	/**
	 * Whether this actor holds every one of {@code wanted}: nobody hands out (by role or
	 * token) more than they hold.
	 */
	public boolean holdsAll(Set<Permission> wanted) {
		return permissions.containsAll(wanted);
	}

	/** The workspace the actor works in; fails when the user belongs to none. */
	public long requireWorkspace() {
		if (workspaceId == null) {
			throw new io.peakxm.shared.NotFoundException("workspace.none");
		}
		return workspaceId;
	}
}
