package io.peakxm.workspace;

import java.util.EnumSet;
import java.util.Set;

import static io.peakxm.workspace.Permission.*;

/** A user's role in one workspace and the permissions it grants (docs/design.md §1). */
public enum Role {

	ADMIN(EnumSet.allOf(Permission.class)),
	DESIGNER(EnumSet.of(DESIGN_VIEW, DESIGN_EDIT, DASHBOARD_VIEW, ANALYTICS_VIEW, FEEDBACK_MANAGE)),
	ANALYST(EnumSet.of(DESIGN_VIEW, DASHBOARD_VIEW, ANALYTICS_VIEW, DATA_EXPORT, FEEDBACK_MANAGE)),
	AGENT(EnumSet.of(DESIGN_VIEW, DASHBOARD_VIEW, CASES_WORK)), VIEWER(EnumSet.of(DESIGN_VIEW, DASHBOARD_VIEW));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = Set.copyOf(permissions);
	}

	public Set<Permission> permissions() {
		return permissions;
	}

	public boolean can(Permission permission) {
		return permissions.contains(permission);
	}

	/** Parses a role name case-insensitively; empty when the name is no role. */
	public static java.util.Optional<Role> parse(String name) {
		if (name == null) {
			return java.util.Optional.empty();
		}
		for (Role role : values()) {
			if (role.name().equalsIgnoreCase(name.trim())) {
				return java.util.Optional.of(role);
			}
		}
		return java.util.Optional.empty();
	}

}
