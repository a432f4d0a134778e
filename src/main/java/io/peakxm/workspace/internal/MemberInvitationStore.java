package io.peakxm.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.peakxm.workspace.MemberInvitationView;
import io.peakxm.workspace.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores invitations to join a workspace; their link's token only as a SHA-256 hash. */
@Repository
class MemberInvitationStore {

	/** An invitation with what answering it needs: its workspace and who invited. */
	record StoredInvitation(long id, long workspaceId, String workspaceName, String email, String displayName,
			Role role, String status, Instant expiresAt, String invitedByName) {

		/** Whether it can still be accepted or declined at {@code now}. */
		boolean openAt(Instant now) {
			return "PENDING".equals(status) && expiresAt.isAfter(now);
		}
	}

	private final JdbcClient jdbc;

	MemberInvitationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long workspaceId, String email, String displayName, Role role, String tokenHash, long invitedBy,
			Instant now, Instant expiresAt) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into member_invitation
				    (workspace_id, email, display_name, role, token_hash, invited_by, created_at, expires_at, status)
				values (:ws, :email, :name, :role, :hash, :by, :now, :expires, 'PENDING')""")
			.param("ws", workspaceId)
			.param("email", email)
			.param("name", displayName)
			.param("role", role.name())
			.param("hash", tokenHash)
			.param("by", invitedBy)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Invitations still waiting (pending or expired) or declined, newest first: what
	 * administrators act on.
	 */
	List<MemberInvitationView> listOpen(long workspaceId, Instant now) {
		return jdbc
			.sql(VIEW_SELECT + " where i.workspace_id = :ws and i.status in ('PENDING', 'DECLINED')"
					+ " order by i.created_at desc, i.id desc")
			.param("ws", workspaceId)
			.query((rs, row) -> view(rs, now))
			.list();
	}

	Optional<MemberInvitationView> find(long workspaceId, long id, Instant now) {
		return jdbc.sql(VIEW_SELECT + " where i.workspace_id = :ws and i.id = :id")
			.param("ws", workspaceId)
			.param("id", id)
			.query((rs, row) -> view(rs, now))
			.optional();
	}

	boolean hasPending(long workspaceId, String email, Instant now) {
		return jdbc.sql("""
				select count(*) from member_invitation
				where workspace_id = :ws and email = :email and status = 'PENDING' and expires_at > :now""")
			.param("ws", workspaceId)
			.param("email", email)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single() > 0;
	}

	Optional<StoredInvitation> findByTokenHash(String tokenHash) {
		return jdbc.sql(STORED_SELECT + " where i.token_hash = :hash")
			.param("hash", tokenHash)
			.query(MemberInvitationStore::stored)
			.optional();
	}

	Optional<StoredInvitation> findById(long id) {
		return jdbc.sql(STORED_SELECT + " where i.id = :id")
			.param("id", id)
			.query(MemberInvitationStore::stored)
			.optional();
	}

	/** Open invitations to an address, newest first. */
	List<StoredInvitation> openFor(String email, Instant now) {
		return jdbc.sql(STORED_SELECT
				+ " where i.email = :email and i.status = 'PENDING' and i.expires_at > :now order by i.created_at desc")
			.param("email", email)
			.param("now", Timestamp.from(now))
			.query(MemberInvitationStore::stored)
			.list();
	}

	/**
	 * Moves a pending invitation to {@code status}; false when it was answered or
	 * withdrawn meanwhile.
	 */
	boolean close(long id, String status, Long answeredBy, Instant now) {
		return jdbc.sql("""
				update member_invitation set status = :status, answered_at = :now, answered_by = :by
				where id = :id and status = 'PENDING'""")
			.param("status", status)
			.param("now", Timestamp.from(now))
			.param("by", answeredBy)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Gives an invitation a new link and expiry and makes it pending again, from
	 * {@code invitedBy}.
	 */
	void reissue(long id, String tokenHash, long invitedBy, Instant now, Instant expiresAt) {
		jdbc.sql("""
				update member_invitation
				set token_hash = :hash, invited_by = :by, created_at = :now, expires_at = :expires, status = 'PENDING',
				    answered_at = null, answered_by = null
				where id = :id""")
			.param("hash", tokenHash)
			.param("by", invitedBy)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.param("id", id)
			.update();
	}

	private static final String VIEW_SELECT = """
			select i.*, u.email as inviter from member_invitation i join app_user u on u.id = i.invited_by""";

	private static final String STORED_SELECT = """
			select i.*, w.name as workspace_name, u.display_name as inviter_name from member_invitation i
			join workspace w on w.id = i.workspace_id join app_user u on u.id = i.invited_by""";

	private static MemberInvitationView view(ResultSet rs, Instant now) throws SQLException {
		String status = rs.getString("status");
		Instant expiresAt = rs.getTimestamp("expires_at").toInstant();
		MemberInvitationView.Status shown = "PENDING".equals(status) && !expiresAt.isAfter(now)
				? MemberInvitationView.Status.EXPIRED : MemberInvitationView.Status.valueOf(status);
		return new MemberInvitationView(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getString("inviter"), rs.getTimestamp("created_at").toInstant(),
				expiresAt, shown);
	}

	private static StoredInvitation stored(ResultSet rs, int row) throws SQLException {
		return new StoredInvitation(rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("workspace_name"),
				rs.getString("email"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				rs.getString("status"), rs.getTimestamp("expires_at").toInstant(), rs.getString("inviter_name"));
	}

}
