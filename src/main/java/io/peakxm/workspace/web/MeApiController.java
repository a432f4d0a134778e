package io.peakxm.workspace.web;

import java.util.List;
import java.util.Set;

import io.peakxm.workspace.Actor;
import io.peakxm.workspace.ApiScope;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.MembershipView;
import io.peakxm.workspace.Permission;
import io.peakxm.workspace.Role;
import io.peakxm.workspace.Workspaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who am I: the signed-in user or token, the current workspace, and every workspace with
 * its role.
 */
@RestController
@Tag(name = "Account")
class MeApiController {

	private final Workspaces workspaces;

	MeApiController(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in user (or token), their workspaces and roles")
	Me me() {
		Actor actor = CurrentActor.require();
		List<MembershipView> memberships = actor.isToken()
				? List.of(new MembershipView(actor.workspaceId(), actor.workspaceName(), "", null))
				: workspaces.membershipsOf(actor.userId());
		return new Me(actor.userId(), actor.email(), actor.displayName(), actor.isToken() ? "token" : "session",
				actor.workspaceId(), actor.role(), actor.scopes(), actor.permissions(),
				memberships.stream().map(m -> new Me.Workspace(m.workspaceId(), m.workspaceName(), m.role())).toList());
	}

	/** The answer of {@code GET /api/v1/me}. */
	record Me(long userId, String email, String displayName, String authenticatedBy, Long currentWorkspaceId, Role role,
			Set<ApiScope> scopes, Set<Permission> permissions, List<Workspace> workspaces) {

		record Workspace(long id, String name, Role role) {
		}
	}

}
