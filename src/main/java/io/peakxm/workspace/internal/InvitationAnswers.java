package io.peakxm.workspace.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.peakxm.shared.ConflictException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.Texts;
import io.peakxm.shared.Violations;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditActions;
import io.peakxm.workspace.AuditLog;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How invited people answer: with the invitation's link (the invitee's credential) or,
 * signed in, from their account page. Accepting needs the invited address's own account —
 * signed in as it, or created on the spot with the link when the address has none — and
 * only accepting makes anyone a member. Declining needs only the link. An invitation can
 * be answered once, while it is pending and unexpired.
 */
@Service
public class InvitationAnswers {

	/** An invitation as the invited person sees it. */
	public record ForInvitee(long id, String email, String suggestedName, String workspaceName, Role role,
			String invitedBy, Instant expiresAt) {
	}

	/**
	 * What an invitation link opens: the invitation, and whether its address has an
	 * account (to offer signing in or creating one; the link's holder may know that, see
	 * docs/architecture.md).
	 */
	public record Opened(ForInvitee invitation, boolean accountExists) {
	}

	private final MemberInvitationStore store;

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final Clock clock;

	InvitationAnswers(MemberInvitationStore store, UserAccounts accounts, PasswordEncoder passwordEncoder,
			AuditLog auditLog, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The open invitation of a link; empty when the link is unknown, used, withdrawn or
	 * expired.
	 */
	public Optional<Opened> open(String token) {
		return findOpen(token).map(i -> new Opened(forInvitee(i), accounts.findByEmail(i.email()).isPresent()));
	}

	/** Open invitations to the signed-in user's address. */
	public List<ForInvitee> openForCurrentUser() {
		Actor actor = CurrentActor.require();
		return actor.isToken() ? List.of()
				: store.openFor(actor.email(), clock.instant()).stream().map(InvitationAnswers::forInvitee).toList();
	}

	/** The signed-in invitee accepts by link; returns the workspace they joined. */
	@Transactional
	public long accept(String token) {
		MemberInvitationStore.StoredInvitation invitation = requireOpen(findOpen(token));
		return join(invitation, requireInvitee(invitation), null);
	}

	/**
	 * The signed-in invitee accepts from their account page; returns the workspace they
	 * joined.
	 */
	@Transactional
	public long accept(long invitationId) {
		MemberInvitationStore.StoredInvitation invitation = requireOpen(ownOpen(invitationId));
		return join(invitation, requireInvitee(invitation), null);
	}

	/**
	 * Someone without an account accepts by link, creating the invited address's account
	 * with their name.
	 */
	@Transactional
	public void createAccountAndAccept(String token, String name, String password, String confirmation) {
		MemberInvitationStore.StoredInvitation invitation = requireOpen(findOpen(token));
		Violations violations = new Violations().requireText("displayName", name, 200);
		PasswordPolicy.check("password", password, invitation.email(), violations);
		if (password != null && !password.equals(confirmation)) {
			violations.add("confirmation", "password.mismatch");
		}
		violations.throwIfAny();
		if (accounts.findByEmail(invitation.email()).isPresent()) {
			throw new ConflictException("invitation.accountExists");
		}
		long userId;
		try {
			userId = accounts.insert(invitation.email(), name, passwordEncoder.encode(password), clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("invitation.accountExists");
		}
		join(invitation, userId, "new account");
	}

	/** Whoever holds the link declines; nobody joins. */
	@Transactional
	public void decline(String token) {
		decline(requireOpen(findOpen(token)));
	}

	/** The signed-in invitee declines from their account page. */
	@Transactional
	public void decline(long invitationId) {
		decline(requireOpen(ownOpen(invitationId)));
	}

	private void decline(MemberInvitationStore.StoredInvitation invitation) {
		Optional<Actor> actor = CurrentActor.find().filter(a -> !a.isToken());
		if (!store.close(invitation.id(), "DECLINED", actor.map(Actor::userId).orElse(null), clock.instant())) {
			throw new NotFoundException("invitation.invalid");
		}
		auditLog.record(invitation.workspaceId(), actor.map(Actor::userId).orElse(null),
				actor.map(Actor::email).orElse("invitation link"), AuditActions.INVITATION_DECLINED, invitation.email(),
				"role=" + invitation.role());
	}

	private long join(MemberInvitationStore.StoredInvitation invitation, long userId, String note) {
		Instant now = clock.instant();
		if (!store.close(invitation.id(), "ACCEPTED", userId, now)) {
			throw new NotFoundException("invitation.invalid");
		}
		if (accounts.findMember(invitation.workspaceId(), userId).isEmpty()) {
			accounts.insertMembership(invitation.workspaceId(), userId, invitation.role(), now);
		}
		auditLog.record(invitation.workspaceId(), userId, invitation.email(), AuditActions.INVITATION_ACCEPTED,
				invitation.email(), (note == null ? "" : note + ", ") + "role=" + invitation.role());
		return invitation.workspaceId();
	}

	/**
	 * The signed-in user, who must be the invited address (a token or another address
	 * cannot accept).
	 */
	private static long requireInvitee(MemberInvitationStore.StoredInvitation invitation) {
		Actor actor = CurrentActor.require();
		if (actor.isToken() || !invitation.email().equals(actor.email())) {
			throw new ConflictException("invitation.otherAddress", invitation.email());
		}
		return actor.userId();
	}

	private Optional<MemberInvitationStore.StoredInvitation> findOpen(String token) {
		if (token == null || token.isEmpty() || token.length() > 100) {
			return Optional.empty();
		}
		return store.findByTokenHash(Texts.sha256Hex(token)).filter(i -> i.openAt(clock.instant()));
	}

	/** An open invitation by id, only if it is addressed to the signed-in user. */
	private Optional<MemberInvitationStore.StoredInvitation> ownOpen(long invitationId) {
		Actor actor = CurrentActor.require();
		return store.findById(invitationId)
			.filter(i -> !actor.isToken() && i.email().equals(actor.email()))
			.filter(i -> i.openAt(clock.instant()));
	}

	private static MemberInvitationStore.StoredInvitation requireOpen(
			Optional<MemberInvitationStore.StoredInvitation> invitation) {
		return invitation.orElseThrow(() -> new NotFoundException("invitation.invalid"));
	}

	private static ForInvitee forInvitee(MemberInvitationStore.StoredInvitation i) {
		return new ForInvitee(i.id(), i.email(), i.displayName(), i.workspaceName(), i.role(), i.invitedByName(),
				i.expiresAt());
	}

}
