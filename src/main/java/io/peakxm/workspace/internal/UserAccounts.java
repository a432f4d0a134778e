package io.peakxm.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.shared.WellFormedText;
import io.peakxm.workspace.MemberView;
import io.peakxm.workspace.MembershipView;
import io.peakxm.workspace.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores user accounts and their memberships in workspaces. */
@Repository
public class UserAccounts {

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String normalizeEmail(String email) {
		return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
	}

	public Optional<UserAccount> findByEmail(String email) {
		if (!WellFormedText.isWellFormed(email)) {
			// No stored address has such characters; and the sign-in form reaches this
			// lookup before any
			// handler could refuse them (PostgreSQL would fail the query on a NUL).
			return Optional.empty();
		}
		return jdbc.sql("select * from app_user where email = :email")
			.param("email", normalizeEmail(email))
			.query(UserAccounts::mapAccount)
			.optional();
	}

	public Optional<UserAccount> findById(long id) {
		return jdbc.sql("select * from app_user where id = :id")
			.param("id", id)
			.query(UserAccounts::mapAccount)
			.optional();
	}

	public long count() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	public long insert(String email, String displayName, String passwordHash, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into app_user (email, display_name, password_hash, created_at, password_changed_at)
				values (:email, :name, :hash, :now, :now)""")
			.param("email", normalizeEmail(email))
			.param("name", displayName.trim())
			.param("hash", passwordHash)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void updatePassword(long userId, String passwordHash, Instant now) {
		jdbc.sql("update app_user set password_hash = :hash, password_changed_at = :now where id = :id")
			.param("hash", passwordHash)
			.param("now", Timestamp.from(now))
			.param("id", userId)
			.update();
	}

	public void updateLocale(long userId, String locale) {
		jdbc.sql("update app_user set locale = :locale where id = :id")
			.param("locale", locale)
			.param("id", userId)
			.update();
	}

	public void updateLastWorkspace(long userId, long workspaceId) {
		jdbc.sql("update app_user set last_workspace_id = :ws where id = :id")
			.param("ws", workspaceId)
			.param("id", userId)
			.update();
	}

	public void insertMembership(long workspaceId, long userId, Role role, Instant now) {
		jdbc.sql("insert into membership (workspace_id, user_id, role, created_at) values (:ws, :user, :role, :now)")
			.param("ws", workspaceId)
			.param("user", userId)
			.param("role", role.name())
			.param("now", Timestamp.from(now))
			.update();
	}

	public Optional<MemberView> findMember(long workspaceId, long userId) {
		return jdbc.sql(MEMBER_SELECT + " where m.workspace_id = :ws and u.id = :user")
			.param("ws", workspaceId)
			.param("user", userId)
			.query(UserAccounts::mapMember)
			.optional();
	}

	/**
	 * Whether the address belongs to a member of the workspace (active or disabled): one
	 * query either way.
	 */
	public boolean isMember(long workspaceId, String email) {
		return jdbc.sql("""
				select count(*) from membership m join app_user u on u.id = m.user_id
				where m.workspace_id = :ws and u.email = :email""")
			.param("ws", workspaceId)
			.param("email", normalizeEmail(email))
			.query(Long.class)
			.single() > 0;
	}

	public PageSlice<MemberView> members(long workspaceId, String search, PageRequest page) {
		String where = " where m.workspace_id = :ws";
		String pattern = null;
		if (search != null && !search.isBlank()) {
			where += " and (lower(u.email) like :q escape '\\' or lower(u.display_name) like :q escape '\\')";
			pattern = io.peakxm.shared.Texts.containsPattern(search);
		}
		long total = jdbc.sql("select count(*) from membership m join app_user u on u.id = m.user_id" + where)
			.param("ws", workspaceId)
			.param("q", pattern)
			.query(Long.class)
			.single();
		List<MemberView> items = jdbc
			.sql(MEMBER_SELECT + where + " order by lower(u.display_name), u.id limit :limit offset :offset")
			.param("ws", workspaceId)
			.param("q", pattern)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(UserAccounts::mapMember)
			.list();
		return new PageSlice<>(items, page.page(), page.size(), total);
	}

	public long countActiveAdmins(long workspaceId) {
		return jdbc
			.sql("select count(*) from membership where workspace_id = :ws and role = 'ADMIN' and disabled_at is null")
			.param("ws", workspaceId)
			.query(Long.class)
			.single();
	}

	public void updateRole(long workspaceId, long userId, Role role) {
		jdbc.sql("update membership set role = :role where workspace_id = :ws and user_id = :user")
			.param("role", role.name())
			.param("ws", workspaceId)
			.param("user", userId)
			.update();
	}

	public void setDisabled(long workspaceId, long userId, Instant disabledAt) {
		jdbc.sql("update membership set disabled_at = :at where workspace_id = :ws and user_id = :user")
			.param("at", disabledAt == null ? null : Timestamp.from(disabledAt))
			.param("ws", workspaceId)
			.param("user", userId)
			.update();
	}

	/** The active memberships of a user, ordered by workspace name. */
	public List<MembershipView> activeMemberships(long userId) {
		return jdbc.sql("""
				select w.id, w.name, o.name as org_name, m.role from membership m
				join workspace w on w.id = m.workspace_id
				join organization o on o.id = w.organization_id
				where m.user_id = :user and m.disabled_at is null
				order by lower(w.name), w.id""")
			.param("user", userId)
			.query((rs, i) -> new MembershipView(rs.getLong("id"), rs.getString("name"), rs.getString("org_name"),
					Role.valueOf(rs.getString("role"))))
			.list();
	}

	private static final String MEMBER_SELECT = """
			select u.id, u.email, u.display_name, m.role, m.disabled_at, m.created_at
			from membership m join app_user u on u.id = m.user_id""";

	private static MemberView mapMember(ResultSet rs, int row) throws SQLException {
		return new MemberView(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getTimestamp("disabled_at") != null,
				rs.getTimestamp("created_at").toInstant());
	}

	private static UserAccount mapAccount(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				rs.getString("password_hash"), rs.getString("locale"), rs.getObject("last_workspace_id", Long.class));
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
