package io.peakxm.workspace.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import io.peakxm.shared.ConflictException;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.shared.Violations;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditActions;
import io.peakxm.workspace.AuditLog;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.MemberView;
import io.peakxm.workspace.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administers the members of the current workspace: add (new or existing user), change role, disable, enable.
 * Keeps at least one active administrator in every workspace.
 */
@Service
public class Members {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	/** The member that was added, and the generated password when none was given (shown once). */
	public record AddedMember(MemberView member, String generatedPassword, boolean existingUser) {
	}

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final TrustedTokens trustedTokens;

	private final Clock clock;

	Members(UserAccounts accounts, PasswordEncoder passwordEncoder, AuditLog auditLog, TrustedTokens trustedTokens,
			Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
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
	public AddedMember add(String email, String displayName, String roleName, String password) {
		long workspaceId = CurrentActor.require().requireWorkspace();
		Violations violations = new Violations();
		String normalized = UserAccounts.normalizeEmail(email);
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
		else if (!CurrentActor.require().holdsAll(role.get().permissions())) {
			violations.add("role", "user.role.beyondOwn", role.get().name());
		}
		Optional<UserAccount> existing = violations.isEmpty() ? accounts.findByEmail(normalized) : Optional.empty();
		if (existing.isPresent() && accounts.findMember(workspaceId, existing.get().id()).isPresent()) {
			violations.add("email", "user.email.duplicate", normalized);
		}
		boolean generate = password == null || password.isEmpty();
		if (existing.isEmpty() && !generate) {
			PasswordPolicy.check("password", password, normalized, violations);
		}
		violations.throwIfAny();
		Instant now = clock.instant();
		if (existing.isPresent()) {
			accounts.insertMembership(workspaceId, existing.get().id(), role.get(), now);
			auditLog.record(AuditActions.USER_ADDED, normalized, "role=" + role.get());
			return new AddedMember(accounts.findMember(workspaceId, existing.get().id()).orElseThrow(), null, true);
		}
		String initialPassword = generate ? SecretGenerator.password() : password;
		long userId;
		try {
			userId = accounts.insert(normalized, displayName, passwordEncoder.encode(initialPassword), now);
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInputException.of("email", "user.email.duplicate", normalized);
		}
		accounts.insertMembership(workspaceId, userId, role.get(), now);
		auditLog.record(AuditActions.USER_CREATED, normalized, "role=" + role.get());
		return new AddedMember(accounts.findMember(workspaceId, userId).orElseThrow(), generate ? initialPassword : null,
				false);
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
		// The member's API tokens act with at most their role: none may keep using the old one.
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
