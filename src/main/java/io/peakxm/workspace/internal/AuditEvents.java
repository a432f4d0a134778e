package io.peakxm.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.workspace.AuditEntry;
import io.peakxm.workspace.AuditFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores audit events; they are only ever appended and read. */
@Repository
public class AuditEvents {

	private final JdbcClient jdbc;

	AuditEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(AuditEntry entry) {
		jdbc.sql(
				"""
						insert into audit_event (workspace_id, occurred_at, actor_user_id, actor, action, target, detail, client_ip)
						values (:workspace, :at, :actorId, :actor, :action, :target, :detail, :ip)""")
			.param("workspace", entry.workspaceId())
			.param("at", Timestamp.from(entry.occurredAt()))
			.param("actorId", entry.actorUserId())
			.param("actor", entry.actor() == null ? "system" : entry.actor())
			.param("action", entry.action())
			.param("target", entry.target())
			.param("detail", entry.detail())
			.param("ip", entry.clientIp())
			.update();
	}

	/**
	 * Appends {@code entry} once per active membership of the account with {@code email},
	 * as done by that account (its id and e-mail as the actor); appends nothing when
	 * there is no such account.
	 */
	public void insertForActiveMemberships(String email, AuditEntry entry) {
		jdbc.sql(
				"""
						insert into audit_event (workspace_id, occurred_at, actor_user_id, actor, action, target, detail, client_ip)
						select m.workspace_id, :at, u.id, u.email, :action, :target, :detail, :ip
						from app_user u join membership m on m.user_id = u.id
						where u.email = :email and m.disabled_at is null""")
			.param("email", email)
			.param("at", Timestamp.from(entry.occurredAt()))
			.param("action", entry.action())
			.param("target", entry.target())
			.param("detail", entry.detail())
			.param("ip", entry.clientIp())
			.update();
	}

	public PageSlice<AuditEntry> search(long workspaceId, AuditFilter filter, PageRequest page) {
		StringBuilder where = new StringBuilder(" where workspace_id = :workspace");
		Map<String, Object> params = new HashMap<>();
		params.put("workspace", workspaceId);
		if (filter.action() != null && !filter.action().isBlank()) {
			where.append(" and action = :action");
			params.put("action", filter.action().trim());
		}
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" and lower(actor) like :actor escape '\\'");
			params.put("actor", io.peakxm.shared.Texts.containsPattern(filter.actor()));
		}
		if (filter.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", Timestamp.from(filter.to()));
		}
		long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<AuditEntry> items = new ArrayList<>(jdbc
			.sql("select * from audit_event" + where
					+ " order by occurred_at desc, id desc limit :limit offset :offset")
			.params(pageParams)
			.query(AuditEvents::map)
			.list());
		return new PageSlice<>(items, page.page(), page.size(), total);
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		Long actorId = rs.getObject("actor_user_id", Long.class);
		return new AuditEntry(rs.getLong("id"), rs.getLong("workspace_id"), rs.getTimestamp("occurred_at").toInstant(),
				actorId, rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("detail"),
				rs.getString("client_ip"));
	}

}
