package io.peakxm.workspace;

import java.util.List;

import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.Violations;
import io.peakxm.workspace.internal.InvitationAnswers;
import io.peakxm.workspace.internal.OwnAccount;
import io.peakxm.workspace.internal.UserAccounts;
import io.peakxm.workspace.internal.WorkspaceStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspaces a user can work in, switching between them, and a workspace's own
 * settings.
 */
@Service
public class Workspaces {

	/**
	 * The session attribute that holds the id of the workspace a signed-in user currently
	 * works in.
	 */
	public static final String CURRENT_WORKSPACE = "peakxm.workspace";

	/**
	 * The request attribute under which the security filter leaves the signed-in user's
	 * memberships.
	 */
	public static final String MEMBERSHIPS = "peakxm.memberships";

	private final UserAccounts accounts;

	private final WorkspaceStore store;

	private final OwnAccount ownAccount;

	private final AuditLog auditLog;

	private final InvitationAnswers invitations;

	Workspaces(UserAccounts accounts, WorkspaceStore store, OwnAccount ownAccount, AuditLog auditLog,
			InvitationAnswers invitations) {
		this.accounts = accounts;
		this.store = store;
		this.ownAccount = ownAccount;
		this.auditLog = auditLog;
		this.invitations = invitations;
	}

	/**
	 * How many invitations to workspaces wait for the signed-in user's answer (on their
	 * account page).
	 */
	public int invitationsWaiting() {
		return invitations.openForCurrentUser().size();
	}

	public List<MembershipView> membershipsOf(long userId) {
		return accounts.activeMemberships(userId);
	}

	/**
	 * The memberships of the current request's user: those the security filter read
	 * already, else from the database.
	 */
	@SuppressWarnings("unchecked")
	public List<MembershipView> membershipsOf(long userId, jakarta.servlet.http.HttpServletRequest request) {
		Object known = request.getAttribute(MEMBERSHIPS);
		return known instanceof List<?> list ? (List<MembershipView>) list : membershipsOf(userId);
	}

	/**
	 * Checks that the user may enter the workspace and remembers it as their last one.
	 */
	@Transactional
	public MembershipView enter(long userId, long workspaceId) {
		MembershipView membership = membershipsOf(userId).stream()
			.filter(m -> m.workspaceId() == workspaceId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("workspace.notFound"));
		ownAccount.rememberWorkspace(userId, workspaceId);
		return membership;
	}

	/**
	 * Saves the preferred UI language of a user; returns the normalized tag ("en" or
	 * "zh-CN").
	 */
	@Transactional
	public String saveLanguage(long userId, String language) {
		return ownAccount.saveLanguage(userId, language);
	}

	/** Active members of a workspace, by name (for choosing owners and assignees). */
	public List<MemberView> activeMembers(long workspaceId) {
		return accounts
			.members(workspaceId, null, new io.peakxm.shared.PageRequest(0, io.peakxm.shared.PageRequest.MAX_SIZE))
			.items()
			.stream()
			.filter(m -> !m.disabled())
			.toList();
	}

	public boolean isActiveMember(long workspaceId, long userId) {
		return accounts.findMember(workspaceId, userId).map(m -> !m.disabled()).orElse(false);
	}

	public String name(long workspaceId) {
		return store.find(workspaceId).orElseThrow(() -> new NotFoundException("workspace.notFound")).name();
	}

	public boolean isDemo(long workspaceId) {
		return store.find(workspaceId).map(WorkspaceStore.WorkspaceRow::demo).orElse(false);
	}

	/** Renames the current workspace (a setting, so it is audited). */
	@Transactional
	public void rename(String newName) {
		long workspaceId = CurrentActor.require().requireWorkspace();
		new Violations().requireText("name", newName, 200).throwIfAny();
		String old = name(workspaceId);
		store.rename(workspaceId, newName.trim());
		auditLog.record(AuditActions.SETTINGS_CHANGED, "workspace name", old + " -> " + newName.trim());
	}

}
