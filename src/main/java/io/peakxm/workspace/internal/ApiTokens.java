package io.peakxm.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.peakxm.workspace.ApiScope;
import io.peakxm.workspace.ApiTokenView;
import io.peakxm.workspace.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores API tokens by the SHA-256 hash of their secret. */
@Repository
public class ApiTokens {

	/**
	 * What authentication needs to know about a token, with its owner's current role in
	 * the token's workspace ({@code null} when the owner is no longer an active member
	 * there).
	 */
	public record StoredToken(long id, long workspaceId, String name, Set<ApiScope> scopes, long createdBy,
			Instant expiresAt, Instant revokedAt, Instant lastUsedAt, Role ownerRole) {
	}

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long workspaceId, String name, String prefix, String hash, Set<ApiScope> scopes, long createdBy,
			Instant now, Instant expiresAt) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into api_token (workspace_id, name, token_prefix, token_hash, scopes, created_by, created_at, expires_at)
						values (:ws, :name, :prefix, :hash, :scopes, :by, :now, :expires)""")
			.param("ws", workspaceId)
			.param("name", name)
			.param("prefix", prefix)
			.param("hash", hash)
			.param("scopes", scopes.stream().map(ApiScope::name).sorted().collect(Collectors.joining(",")))
			.param("by", createdBy)
			.param("now", Timestamp.from(now))
			.param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<StoredToken> findByHash(String hash) {
		return jdbc.sql("""
				select t.*, m.role as owner_role from api_token t
				left join membership m on m.workspace_id = t.workspace_id and m.user_id = t.created_by
				    and m.disabled_at is null
				where t.token_hash = :hash""")
			.param("hash", hash)
			.query((rs, i) -> new StoredToken(rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("name"),
					scopes(rs.getString("scopes")), rs.getLong("created_by"),
					UserAccounts.instant(rs.getTimestamp("expires_at")),
					UserAccounts.instant(rs.getTimestamp("revoked_at")),
					UserAccounts.instant(rs.getTimestamp("last_used_at")),
					rs.getString("owner_role") == null ? null : Role.valueOf(rs.getString("owner_role"))))
			.optional();
	}

	public List<ApiTokenView> list(long workspaceId) {
		return jdbc.sql(VIEW_SELECT + " where t.workspace_id = :ws order by t.created_at desc, t.id desc")
			.param("ws", workspaceId)
			.query(ApiTokens::mapView)
			.list();
	}

	public Optional<ApiTokenView> find(long workspaceId, long id) {
		return jdbc.sql(VIEW_SELECT + " where t.workspace_id = :ws and t.id = :id")
			.param("ws", workspaceId)
			.param("id", id)
			.query(ApiTokens::mapView)
			.optional();
	}

	public void revoke(long id, long revokedBy, Instant now) {
		jdbc.sql("update api_token set revoked_at = :now, revoked_by = :by where id = :id and revoked_at is null")
			.param("now", Timestamp.from(now))
			.param("by", revokedBy)
			.param("id", id)
			.update();
	}

	public void touch(long id, Instant now) {
		jdbc.sql("update api_token set last_used_at = :now where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	private static final String VIEW_SELECT = """
			select t.*, u.email as creator from api_token t join app_user u on u.id = t.created_by""";

	private static ApiTokenView mapView(ResultSet rs, int row) throws SQLException {
		return new ApiTokenView(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
				scopes(rs.getString("scopes")), rs.getString("creator"), rs.getTimestamp("created_at").toInstant(),
				UserAccounts.instant(rs.getTimestamp("expires_at")),
				UserAccounts.instant(rs.getTimestamp("last_used_at")),
				UserAccounts.instant(rs.getTimestamp("revoked_at")));
	}

	private static Set<ApiScope> scopes(String text) {
		return Arrays.stream(text.split(",")).map(ApiScope::valueOf).collect(Collectors.toSet());
	}

}
