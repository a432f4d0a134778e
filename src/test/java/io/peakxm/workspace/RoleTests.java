package io.peakxm.workspace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTests {

	@Test
	void onlyAdministratorsManageUsersTokensAuditAndSettings() {
		for (Role role : Role.values()) {
			boolean admin = role == Role.ADMIN;
			assertThat(role.can(Permission.USERS_MANAGE)).isEqualTo(admin);
			assertThat(role.can(Permission.TOKENS_MANAGE)).isEqualTo(admin);
			assertThat(role.can(Permission.AUDIT_VIEW)).isEqualTo(admin);
			assertThat(role.can(Permission.SETTINGS_MANAGE)).isEqualTo(admin);
		}
	}

	@Test
	void designersEditDesignsAnalystsExportAgentsWorkCasesViewersOnlyRead() {
		assertThat(Role.DESIGNER.can(Permission.DESIGN_EDIT)).isTrue();
		assertThat(Role.ANALYST.can(Permission.DESIGN_EDIT)).isFalse();
		assertThat(Role.ANALYST.can(Permission.DATA_EXPORT)).isTrue();
		assertThat(Role.DESIGNER.can(Permission.DATA_EXPORT)).isFalse();
		assertThat(Role.AGENT.can(Permission.CASES_WORK)).isTrue();
		assertThat(Role.AGENT.can(Permission.ANALYTICS_VIEW)).isFalse();
		assertThat(Role.VIEWER.permissions()).containsExactlyInAnyOrder(Permission.DESIGN_VIEW, Permission.DASHBOARD_VIEW);
	}

	@Test
	void parsesRoleNamesCaseInsensitively() {
		assertThat(Role.parse("analyst")).contains(Role.ANALYST);
		assertThat(Role.parse(" Viewer ")).contains(Role.VIEWER);
		assertThat(Role.parse("OWNER")).isEmpty();
		assertThat(Role.parse(null)).isEmpty();
	}

	@Test
	void tokenScopesGrantNestedPermissions() {
		Actor read = Actor.ofToken(1, 1, "r", 1, "w", java.util.Set.of(ApiScope.READ));
		assertThat(read.can(Permission.DASHBOARD_VIEW)).isTrue();
		assertThat(read.can(Permission.DESIGN_EDIT)).isFalse();
		Actor write = Actor.ofToken(1, 1, "w", 1, "w", java.util.Set.of(ApiScope.WRITE));
		assertThat(write.can(Permission.DESIGN_EDIT)).isTrue();
		assertThat(write.can(Permission.USERS_MANAGE)).isFalse();
		Actor admin = Actor.ofToken(1, 1, "a", 1, "w", java.util.Set.of(ApiScope.ADMIN));
		assertThat(admin.can(Permission.USERS_MANAGE)).isTrue();
	}
}
