package io.peakxm.workspace;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static io.peakxm.workspace.Permission.*;

/**
 * What an API token may do; a token carries one or more scopes and gets the union of
 * their permissions.
 */
public enum ApiScope {

	READ(EnumSet.of(DESIGN_VIEW, DASHBOARD_VIEW, ANALYTICS_VIEW, DATA_EXPORT)), WRITE(EnumSet.of(DESIGN_VIEW,
			DASHBOARD_VIEW, ANALYTICS_VIEW, DATA_EXPORT, DESIGN_EDIT, CASES_WORK, RESPONSES_SUBMIT, FEEDBACK_MANAGE)),
	ADMIN(EnumSet.allOf(Permission.class));

	private final Set<Permission> permissions;

	ApiScope(Set<Permission> permissions) {
		this.permissions = Set.copyOf(permissions);
	}

	public Set<Permission> permissions() {
		return permissions;
	}

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Optional<ApiScope> parse(String name) {
		if (name == null) {
			return Optional.empty();
		}
		for (ApiScope scope : values()) {
			if (scope.name().equalsIgnoreCase(name.trim())) {
				return Optional.of(scope);
			}
		}
		return Optional.empty();
	}

}
