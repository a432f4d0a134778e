package io.peakxm.workspace.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.peakxm.shared.ConflictException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.Violations;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.ApiScope;
import io.peakxm.workspace.ApiTokenView;
import io.peakxm.workspace.AuditActions;
import io.peakxm.workspace.AuditLog;
import io.peakxm.workspace.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks API tokens. A token's secret is shown once and stored
 * only as a hash.
 */
@Service
public class ApiTokenService {

	static final String SECRET_PREFIX = "pxm_";

	private static final int MAX_EXPIRY_DAYS = 3650;

	/** The secret handed out once at creation. */
	public record IssuedToken(ApiTokenView token, String secret) {
	}

	/** Outcome of checking a presented secret. */
	public sealed interface Check {

		record Valid(Actor actor) implements Check {
		}

		record Rejected(String reasonCode) implements Check {
		}

	}

	private final ApiTokens tokens;

	private final WorkspaceStore workspaces;

	private final AuditLog auditLog;

	private final TrustedTokens trusted;

	private final Clock clock;

	ApiTokenService(ApiTokens tokens, WorkspaceStore workspaces, AuditLog auditLog, TrustedTokens trusted,
			Clock clock) {
		this.tokens = tokens;
		this.workspaces = workspaces;
		this.auditLog = auditLog;
		this.trusted = trusted;
		this.clock = clock;
	}

	@Transactional
	public IssuedToken issue(String name, List<String> scopeNames, Integer expiresInDays) {
		Actor actor = CurrentActor.require();
		long workspaceId = actor.requireWorkspace();
		Violations violations = new Violations().requireText("name", name, 100);
		Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
		if (scopeNames == null || scopeNames.isEmpty()) {
			violations.add("scopes", "token.scopes.required");
		}
		else {
			for (String scopeName : scopeNames) {
				ApiScope.parse(scopeName)
					.ifPresentOrElse(scopes::add,
							() -> violations.add("scopes", "token.scope.unknown", String.valueOf(scopeName)));
			}
			// A token issued by a token belongs to the same owner; neither may hand out
			// more than the issuer holds.
			scopes.stream()
				.filter(scope -> !actor.holdsAll(scope.permissions()))
				.forEach(scope -> violations.add("scopes", "token.scope.tooWide", scope.label()));
		}
		if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_EXPIRY_DAYS)) {
			violations.add("expiresInDays", "validation.range", 1, MAX_EXPIRY_DAYS);
		}
		violations.throwIfAny();
		String secret = SECRET_PREFIX + SecretGenerator.token(40);
		Instant now = clock.instant();
		Instant expiresAt = expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays));
		long id = tokens.insert(workspaceId, name.trim(), secret.substring(0, 12), hash(secret), scopes, actor.userId(),
				now, expiresAt);
		auditLog.record(AuditActions.TOKEN_CREATED, name.trim(), "scopes=" + scopes);
		return new IssuedToken(tokens.find(workspaceId, id).orElseThrow(), secret);
	}

	@Transactional
	public void revoke(long tokenId) {
		Actor actor = CurrentActor.require();
		ApiTokenView token = tokens.find(actor.requireWorkspace(), tokenId)
			.orElseThrow(() -> new NotFoundException("token.notFound"));
		if (token.revokedAt() != null) {
			throw new ConflictException("token.alreadyRevoked");
		}
		tokens.revoke(tokenId, actor.userId(), clock.instant());
		trusted.forgetAll();
		auditLog.record(AuditActions.TOKEN_REVOKED, token.name(), token.prefix() + "…");
	}

	public List<ApiTokenView> list(long workspaceId) {
		return tokens.list(workspaceId);
	}

	/**
	 * Checks a presented secret: the token must be known, not revoked, not expired, and
	 * its owner an active member of its workspace; it then acts with its scopes narrowed
	 * to the owner's current role. A valid token is trusted for a few seconds
	 * ({@link TrustedTokens}). Use is recorded at most once a minute.
	 */
	public Check check(String secret) {
		if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
			return new Check.Rejected("token.unknown");
		}
		String hash = hash(secret);
		Instant now = clock.instant();
		Optional<Actor> known = trusted.find(hash, now);
		if (known.isPresent()) {
			return new Check.Valid(known.get());
		}
		long generation = trusted.generation();
		Optional<ApiTokens.StoredToken> found = tokens.findByHash(hash);
		Check check = checkStored(found, now);
		if (check instanceof Check.Valid valid) {
			Instant until = now.plus(TrustedTokens.TRUSTED_FOR);
			Instant expires = found.get().expiresAt();
			trusted.remember(hash, valid.actor(), expires != null && expires.isBefore(until) ? expires : until,
					generation);
		}
		else {
			trusted.forget(hash);
		}
		return check;
	}

	private Check checkStored(Optional<ApiTokens.StoredToken> found, Instant now) {
		if (found.isEmpty()) {
			return new Check.Rejected("token.unknown");
		}
		ApiTokens.StoredToken token = found.get();
		if (token.revokedAt() != null) {
			return new Check.Rejected("token.revoked");
		}
		if (token.expiresAt() != null && !token.expiresAt().isAfter(now)) {
			return new Check.Rejected("token.expired");
		}
		if (token.ownerRole() == null) {
			return new Check.Rejected("token.ownerDisabled");
		}
		if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minusSeconds(60))) {
			tokens.touch(token.id(), now);
		}
		String workspaceName = workspaces.find(token.workspaceId()).map(WorkspaceStore.WorkspaceRow::name).orElse("");
		return new Check.Valid(Actor.ofToken(token.id(), token.createdBy(), token.name(), token.workspaceId(),
				workspaceName, token.scopes(), token.ownerRole()));
	}

	static String hash(String secret) {
		return io.peakxm.shared.Texts.sha256Hex(secret);
	}

}
