package io.peakxm.workspace.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.peakxm.shared.ConflictException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.PublicUrl;
import io.peakxm.shared.Texts;
import io.peakxm.shared.Violations;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditActions;
import io.peakxm.workspace.AuditLog;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.MemberInvitationView;
import io.peakxm.workspace.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How administrators add people: by inviting an e-mail address with a role. Inviting
 * works the same whatever the address — with or without an account, in other workspaces
 * or not — and its answer shows only what the administrator typed, so it tells nothing
 * about other workspaces' people. The invitation's single-use link is shown once to the
 * administrator and e-mailed when SMTP is configured; the person joins only by accepting
 * it ({@link InvitationAnswers}). Administrators list, revoke and re-issue invitations.
 */
@Service
public class MemberInvitations {

	/** How long an invitation link can be used. */
	static final Duration VALID_FOR = Duration.ofDays(14);

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	/**
	 * An invitation just issued or re-issued: its link exists only in this answer (and
	 * the e-mail).
	 */
	public record Issued(MemberInvitationView invitation, String link, boolean mailed) {
	}

	private final MemberInvitationStore store;

	private final UserAccounts accounts;

	private final WorkspaceStore workspaces;

	private final MemberInvitationMail mail;

	private final PublicUrl links;

	private final AuditLog auditLog;

	private final TransactionTemplate transaction;

	private final Clock clock;

	MemberInvitations(MemberInvitationStore store, UserAccounts accounts, WorkspaceStore workspaces,
			MemberInvitationMail mail, PublicUrl links, AuditLog auditLog, PlatformTransactionManager transactions,
			Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.mail = mail;
		this.links = links;
		this.auditLog = auditLog;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Invites {@code email} into the current workspace with a role and the name the
	 * administrator knows them by.
	 */
	public Issued invite(String email, String displayName, String roleName) {
		Actor actor = CurrentActor.require();
		long workspaceId = actor.requireWorkspace();
		Instant now = clock.instant();
		String normalized = UserAccounts.normalizeEmail(email);
		Violations violations = new Violations();
		if (normalized == null || normalized.isEmpty()) {
			violations.add("email", "validation.required");
		}
		else if (normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
			violations.add("email", "user.email.invalid");
		}
		violations.requireText("displayName", displayName, 200);
		Optional<Role> role = Role.parse(roleName);
		if (role.isEmpty()) {
			violations.add("role", "user.role.unknown", String.valueOf(roleName));
		}
		else if (!actor.holdsAll(role.get().permissions())) {
			violations.add("role", "user.role.beyondOwn", role.get().name());
		}
		// This workspace's own members and invitations are the administrator's business;
		// other workspaces' are not.
		if (violations.isEmpty() && accounts.isMember(workspaceId, normalized)) {
			violations.add("email", "user.email.duplicate", normalized);
		}
		else if (violations.isEmpty() && store.hasPending(workspaceId, normalized, now)) {
			violations.add("email", "invitation.pendingAlready", normalized);
		}
		violations.throwIfAny();
		String token = SecretGenerator.token(32);
		long id = transaction.execute(status -> {
			long created = store.insert(workspaceId, normalized, displayName.trim(), role.get(), Texts.sha256Hex(token),
					actor.userId(), now, now.plus(VALID_FOR));
			auditLog.record(AuditActions.MEMBER_INVITED, normalized, "role=" + role.get());
			return created;
		});
		return deliver(actor, workspaceId, id, token);
	}

	/**
	 * Invitations of the current workspace that wait for an answer, have expired or were
	 * declined.
	 */
	public List<MemberInvitationView> listOpen() {
		return store.listOpen(CurrentActor.require().requireWorkspace(), clock.instant());
	}

	/** Withdraws a pending invitation: its link stops working. */
	public void revoke(long id) {
		Actor actor = CurrentActor.require();
		MemberInvitationView invitation = find(actor, id);
		transaction.executeWithoutResult(status -> {
			if (!store.close(id, "REVOKED", actor.userId(), clock.instant())) {
				throw new ConflictException("invitation.notOpen");
			}
			auditLog.record(AuditActions.INVITATION_REVOKED, invitation.email(), "role=" + invitation.role());
		});
	}

	/**
	 * A new link and a new expiry for an invitation that waits, expired or was declined;
	 * the old link stops.
	 */
	public Issued reissue(long id) {
		Actor actor = CurrentActor.require();
		long workspaceId = actor.requireWorkspace();
		MemberInvitationView invitation = find(actor, id);
		if (invitation.status() == MemberInvitationView.Status.ACCEPTED
				|| invitation.status() == MemberInvitationView.Status.REVOKED) {
			throw new ConflictException("invitation.notOpen");
		}
		if (!actor.holdsAll(invitation.role().permissions())) {
			throw new ConflictException("user.role.beyondOwn", invitation.role().name());
		}
		String token = SecretGenerator.token(32);
		Instant now = clock.instant();
		transaction.executeWithoutResult(status -> {
			store.reissue(id, Texts.sha256Hex(token), actor.userId(), now, now.plus(VALID_FOR));
			auditLog.record(AuditActions.MEMBER_INVITED, invitation.email(), "re-issued, role=" + invitation.role());
		});
		return deliver(actor, workspaceId, id, token);
	}

	private MemberInvitationView find(Actor actor, long id) {
		return store.find(actor.requireWorkspace(), id, clock.instant())
			.orElseThrow(() -> new NotFoundException("invitation.notFound"));
	}

	/**
	 * E-mails the link (after the invitation is committed) and hands it to the
	 * administrator once.
	 */
	private Issued deliver(Actor actor, long workspaceId, long id, String token) {
		MemberInvitationView invitation = store.find(workspaceId, id, clock.instant()).orElseThrow();
		String link = links.link("/join/" + token);
		String inviter = accounts.findById(actor.userId()).map(UserAccount::displayName).orElse(actor.displayName());
		String workspace = workspaces.find(workspaceId).map(WorkspaceStore.WorkspaceRow::name).orElse("");
		MemberInvitationMail.Outcome sent = mail.send(invitation.email(), workspace, inviter, link,
				LocaleContextHolder.getLocale());
		return new Issued(invitation, link, sent == MemberInvitationMail.Outcome.SENT);
	}

}
