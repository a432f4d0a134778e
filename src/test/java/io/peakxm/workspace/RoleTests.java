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
		assertThat(Role.VIEWER.permissions()).containsExactlyInAnyOrder(Permission.DESIGN_VIEW,
				Permission.DASHBOARD_VIEW);
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
		Actor read = Actor.ofToken(1, 1, "r", 1, "w", java.util.Set.of(ApiScope.READ), Role.ADMIN);
		assertThat(read.can(Permission.DASHBOARD_VIEW)).isTrue();
		assertThat(read.can(Permission.DESIGN_EDIT)).isFalse();
		Actor write = Actor.ofToken(1, 1, "w", 1, "w", java.util.Set.of(ApiScope.WRITE), Role.ADMIN);
		assertThat(write.can(Permission.DESIGN_EDIT)).isTrue();
		assertThat(write.can(Permission.USERS_MANAGE)).isFalse();
		Actor admin = Actor.ofToken(1, 1, "a", 1, "w", java.util.Set.of(ApiScope.ADMIN), Role.ADMIN);
		assertThat(admin.can(Permission.USERS_MANAGE)).isTrue();
	}

	@Test
	void tokenActsWithAtMostItsOwnersRole() {
		Actor adminScopeOfViewer = Actor.ofToken(1, 1, "a", 1, "w", java.util.Set.of(ApiScope.ADMIN), Role.VIEWER);
		assertThat(adminScopeOfViewer.permissions()).isEqualTo(Role.VIEWER.permissions());
		Actor writeScopeOfAnalyst = Actor.ofToken(1, 1, "w", 1, "w", java.util.Set.of(ApiScope.WRITE), Role.ANALYST);
		assertThat(writeScopeOfAnalyst.permissions()).containsExactlyInAnyOrder(Permission.DESIGN_VIEW,
				Permission.DASHBOARD_VIEW, Permission.ANALYTICS_VIEW, Permission.DATA_EXPORT,
				Permission.FEEDBACK_MANAGE);
	}

	@Test
	void nobodyHandsOutARoleOrScopeWithRightsTheyLack() {
		Actor designerToken = Actor.ofToken(1, 1, "a", 1, "w", java.util.Set.of(ApiScope.ADMIN), Role.DESIGNER);
		assertThat(designerToken.holdsAll(Role.DESIGNER.permissions())).isTrue();
		assertThat(designerToken.holdsAll(Role.ANALYST.permissions())).isFalse();
		assertThat(designerToken.holdsAll(ApiScope.ADMIN.permissions())).isFalse();
		Actor admin = Actor.ofUser(1, "a@b.c", "A", 1L, "w", Role.ADMIN, null);
		assertThat(admin.holdsAll(ApiScope.ADMIN.permissions())).isTrue();
	}

}
