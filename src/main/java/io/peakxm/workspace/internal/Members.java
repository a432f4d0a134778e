package io.peakxm.workspace.internal;

import java.time.Clock;

import io.peakxm.shared.ConflictException;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditActions;
import io.peakxm.workspace.AuditLog;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.MemberView;
import io.peakxm.workspace.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administers the members of the current workspace: change role, disable, enable. Keeps
 * at least one active administrator in every workspace. People join only by accepting an
 * invitation ({@link MemberInvitations}); the system's own members (first start, demo)
 * are created by {@link FirstStart}.
 */
@Service
public class Members {

	private final UserAccounts accounts;

	private final AuditLog auditLog;

	private final TrustedTokens trustedTokens;

	private final Clock clock;

	Members(UserAccounts accounts, AuditLog auditLog, TrustedTokens trustedTokens, Clock clock) {
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.trustedTokens = trustedTokens;
		this.clock = clock;
	}

	public PageSlice<MemberView> list(String search, PageRequest page) {
		return accounts.members(CurrentActor.require().requireWorkspace(), search, page);
	}

	public MemberView get(long userId) {
		return accounts.findMember(CurrentActor.require().requireWorkspace(), userId)
			.orElseThrow(() -> new NotFoundException("user.notFound"));
	}

	@Transactional
	public MemberView changeRole(long userId, String roleName) {
		Actor actor = CurrentActor.require();
		long workspaceId = actor.requireWorkspace();
		Role role = Role.parse(roleName)
			.orElseThrow(() -> InvalidInputException.of("role", "user.role.unknown", String.valueOf(roleName)));
		if (!actor.holdsAll(role.permissions())) {
			throw InvalidInputException.of("role", "user.role.beyondOwn", role.name());
		}
		MemberView member = get(userId);
		if (member.role() == role) {
			return member;
		}
		if (member.role() == Role.ADMIN && !member.disabled()) {
			requireAnotherAdmin(workspaceId);
		}
		accounts.updateRole(workspaceId, userId, role);
		// The member's API tokens act with at most their role: none may keep using the
		// old one.
		trustedTokens.forgetAll();
		auditLog.record(AuditActions.ROLE_CHANGED, member.email(), member.role() + " -> " + role);
		return get(userId);
	}

	@Transactional
	public MemberView disable(long userId) {
		Actor actor = CurrentActor.require();
		long workspaceId = actor.requireWorkspace();
		MemberView member = get(userId);
		if (member.disabled()) {
			return member;
		}
		if (!actor.isToken() && actor.userId() == userId) {
			throw new ConflictException("user.disableSelf");
		}
		if (member.role() == Role.ADMIN) {
			requireAnotherAdmin(workspaceId);
		}
		accounts.setDisabled(workspaceId, userId, clock.instant());
		trustedTokens.forgetAll();
		auditLog.record(AuditActions.USER_DISABLED, member.email(), null);
		return get(userId);
	}

	@Transactional
	public MemberView enable(long userId) {
		long workspaceId = CurrentActor.require().requireWorkspace();
		MemberView member = get(userId);
		if (!member.disabled()) {
			return member;
		}
		accounts.setDisabled(workspaceId, userId, null);
		trustedTokens.forgetAll();
		auditLog.record(AuditActions.USER_ENABLED, member.email(), null);
		return get(userId);
	}

	private void requireAnotherAdmin(long workspaceId) {
		if (accounts.countActiveAdmins(workspaceId) <= 1) {
			throw new ConflictException("user.lastAdmin");
		}
	}

}
