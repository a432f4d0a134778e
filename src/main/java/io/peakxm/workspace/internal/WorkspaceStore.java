package io.peakxm.workspace.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores organizations and their workspaces. */
@Repository
public class WorkspaceStore {

	/** A workspace row. */
	public record WorkspaceRow(long id, long organizationId, String name, String slug, boolean demo) {
	}

	private final JdbcClient jdbc;

	WorkspaceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insertOrganization(String name, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into organization (name, created_at) values (:name, :now)")
			.param("name", name)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public long insertWorkspace(long organizationId, String name, String slug, boolean demo, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into workspace (organization_id, name, slug, demo, created_at)
				values (:org, :name, :slug, :demo, :now)""")
			.param("org", organizationId)
			.param("name", name)
			.param("slug", slug)
			.param("demo", demo)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<WorkspaceRow> find(long id) {
		return jdbc.sql("select id, organization_id, name, slug, demo from workspace where id = :id")
			.param("id", id)
			.query((rs, i) -> new WorkspaceRow(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("name"),
					rs.getString("slug"), rs.getBoolean("demo")))
			.optional();
	}

	public boolean slugExists(String slug) {
		return jdbc.sql("select count(*) from workspace where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single() > 0;
	}

	public void rename(long id, String name) {
		jdbc.sql("update workspace set name = :name where id = :id").param("name", name).param("id", id).update();
	}

}
