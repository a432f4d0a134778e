package io.peakxm.journey.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.peakxm.journey.JourneySummary;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists journeys and stores their published versions (snapshots as JSON text). */
@Repository
public class JourneyCatalog {

	/** A stored version before its snapshot is read. */
	public record StoredVersion(long journeyId, int number, String snapshot, Instant publishedAt, Long publishedBy) {
	}

	private final JdbcClient jdbc;

	JourneyCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Journeys of a workspace, newest change first. With {@code ownerUserId}, only
	 * journeys in which that user owns a touchpoint (what a frontline agent sees).
	 */
	public PageSlice<JourneySummary> list(long workspaceId, boolean archived, Long ownerUserId, String search,
			PageRequest page) {
		String where = " where j.workspace_id = :ws and (j.archived_at is " + (archived ? "not null" : "null") + ")";
		if (ownerUserId != null) {
			where += " and exists (select 1 from touchpoint o where o.journey_id = j.id and o.removed_at is null"
					+ " and o.owner_user_id = :owner)";
		}
		String pattern = null;
		if (search != null && !search.isBlank()) {
			where += " and (lower(j.name) like :q escape '\\' or lower(coalesce(j.name_zh, '')) like :q escape '\\')";
			pattern = io.peakxm.shared.Texts.containsPattern(search);
		}
		long total = jdbc.sql("select count(*) from journey j" + where)
			.param("ws", workspaceId)
			.param("owner", ownerUserId)
			.param("q", pattern)
			.query(Long.class)
			.single();
		List<JourneySummary> items = jdbc.sql("""
				select j.*,
				  (select count(*) from journey_stage s where s.journey_id = j.id and s.removed_at is null) as stages,
				  (select count(*) from touchpoint t where t.journey_id = j.id and t.removed_at is null) as touchpoints
				from journey j""" + where + " order by j.updated_at desc, j.id desc limit :limit offset :offset")
			.param("ws", workspaceId)
			.param("owner", ownerUserId)
			.param("q", pattern)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> new JourneySummary(rs.getLong("id"), rs.getString("name"), rs.getString("name_zh"),
					rs.getInt("revision"), rs.getObject("published_version", Integer.class),
					rs.getBoolean("draft_changed"), rs.getTimestamp("archived_at") != null, rs.getInt("stages"),
					rs.getInt("touchpoints"), rs.getTimestamp("updated_at").toInstant()))
			.list();
		return new PageSlice<>(items, page.page(), page.size(), total);
	}

	public boolean ownsTouchpointIn(long workspaceId, long journeyId, long userId) {
		return jdbc.sql("""
				select count(*) from touchpoint where workspace_id = :ws and journey_id = :j
				and owner_user_id = :u and removed_at is null""")
			.param("ws", workspaceId)
			.param("j", journeyId)
			.param("u", userId)
			.query(Long.class)
			.single() > 0;
	}

	public void insertVersion(long workspaceId, long journeyId, int number, String snapshot, long userId, Instant now) {
		jdbc.sql("""
				insert into journey_version (workspace_id, journey_id, number, snapshot, published_at, published_by)
				values (:ws, :j, :n, :snapshot, :now, :by)""")
			.param("ws", workspaceId)
			.param("j", journeyId)
			.param("n", number)
			.param("snapshot", snapshot)
			.param("now", Timestamp.from(now))
			.param("by", userId)
			.update();
	}

	public Optional<StoredVersion> version(long workspaceId, long journeyId, int number) {
		return jdbc.sql("select * from journey_version where workspace_id = :ws and journey_id = :j and number = :n")
			.param("ws", workspaceId)
			.param("j", journeyId)
			.param("n", number)
			.query((rs, i) -> new StoredVersion(rs.getLong("journey_id"), rs.getInt("number"), rs.getString("snapshot"),
					rs.getTimestamp("published_at").toInstant(), rs.getObject("published_by", Long.class)))
			.optional();
	}

	/** Versions of a journey, newest first, without their snapshots. */
	public List<StoredVersion> versions(long workspaceId, long journeyId) {
		return jdbc.sql("""
				select journey_id, number, published_at, published_by from journey_version
				where workspace_id = :ws and journey_id = :j order by number desc""")
			.param("ws", workspaceId)
			.param("j", journeyId)
			.query((rs, i) -> new StoredVersion(rs.getLong("journey_id"), rs.getInt("number"), null,
					rs.getTimestamp("published_at").toInstant(), rs.getObject("published_by", Long.class)))
			.list();
	}

}
