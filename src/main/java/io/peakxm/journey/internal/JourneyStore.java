package io.peakxm.journey.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.peakxm.journey.ComplianceSource;
import io.peakxm.journey.Journey;
import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.ServiceStandard;
import io.peakxm.journey.Stage;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores journey drafts in normalized tables. Saving a design writes the header under an
 * optimistic lock on the revision, then brings stages, touchpoints and standards in line:
 * new items are inserted, existing ones updated in place, missing ones marked removed
 * (never deleted, see the migration). Every statement lives here behind a method named
 * for what it does to a journey ({@link #markPublished}, {@link #setArchived}), so that
 * callers pass values, never SQL.
 */
@Repository
public class JourneyStore {

	private final JdbcClient jdbc;

	JourneyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long workspaceId, JourneyDesign design, long userId, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into journey (workspace_id, name, name_zh, description, target_segment, goal, revision,
				    draft_changed, created_at, updated_at, updated_by)
				values (:ws, :name, :nameZh, :description, :segment, :goal, 0, true, :now, :now, :by)""")
			.param("ws", workspaceId)
			.param("name", design.name().trim())
			.param("nameZh", blankToNull(design.nameZh()))
			.param("description", blankToNull(design.description()))
			.param("segment", blankToNull(design.targetSegment()))
			.param("goal", blankToNull(design.goal()))
			.param("now", Timestamp.from(now))
			.param("by", userId)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		syncChildren(workspaceId, id, design, now);
		return id;
	}

	/**
	 * Saves the design if nobody saved since {@code expectedRevision}; returns the new
	 * revision.
	 */
	public int save(long workspaceId, long journeyId, int expectedRevision, JourneyDesign design, long userId,
			Instant now) {
		int updated = jdbc.sql("""
				update journey set name = :name, name_zh = :nameZh, description = :description,
				    target_segment = :segment, goal = :goal, revision = revision + 1, draft_changed = true,
				    updated_at = :now, updated_by = :by
				where id = :id and workspace_id = :ws and revision = :revision""")
			.param("name", design.name().trim())
			.param("nameZh", blankToNull(design.nameZh()))
			.param("description", blankToNull(design.description()))
			.param("segment", blankToNull(design.targetSegment()))
			.param("goal", blankToNull(design.goal()))
			.param("now", Timestamp.from(now))
			.param("by", userId)
			.param("id", journeyId)
			.param("ws", workspaceId)
			.param("revision", expectedRevision)
			.update();
		requireUpdated(updated);
		syncChildren(workspaceId, journeyId, design, now);
		return expectedRevision + 1;
	}

	/**
	 * Records that the draft became version {@code number}: the draft no longer differs
	 * from a published version. Under the same optimistic lock as {@link #save}.
	 */
	public void markPublished(long workspaceId, long journeyId, int expectedRevision, int number, Instant now) {
		int updated = jdbc.sql("""
				update journey set published_version = :number, draft_changed = false, updated_at = :now,
				    revision = revision + 1
				where id = :id and workspace_id = :ws and revision = :revision""")
			.param("number", number)
			.param("now", Timestamp.from(now))
			.param("id", journeyId)
			.param("ws", workspaceId)
			.param("revision", expectedRevision)
			.update();
		requireUpdated(updated);
	}

	/**
	 * Archives a journey at {@code archivedAt}, or restores it when that is null. Under
	 * the same optimistic lock as {@link #save}.
	 */
	public void setArchived(long workspaceId, long journeyId, int expectedRevision, Instant archivedAt) {
		int updated = jdbc.sql("""
				update journey set archived_at = :at, revision = revision + 1
				where id = :id and workspace_id = :ws and revision = :revision""")
			.param("at", archivedAt == null ? null : Timestamp.from(archivedAt))
			.param("id", journeyId)
			.param("ws", workspaceId)
			.param("revision", expectedRevision)
			.update();
		requireUpdated(updated);
	}

	private static void requireUpdated(int rows) {
		if (rows == 0) {
			throw new ConflictException("journey.changedBySomeoneElse");
		}
	}

	public Optional<Journey> find(long workspaceId, long journeyId) {
		return jdbc.sql("select * from journey where id = :id and workspace_id = :ws")
			.param("id", journeyId)
			.param("ws", workspaceId)
			.query((rs, i) -> JourneyRows.header(rs))
			.optional()
			.map(header -> JourneyRows.withDesign(header, loadStages(journeyId)));
	}

	private List<Stage> loadStages(long journeyId) {
		Map<Long, List<ServiceStandard>> standards = new HashMap<>();
		jdbc.sql("""
				select s.* from service_standard s join touchpoint t on t.id = s.touchpoint_id
				where t.journey_id = :j and s.removed_at is null order by s.position, s.id""")
			.param("j", journeyId)
			.query(rs -> {
				standards.computeIfAbsent(rs.getLong("touchpoint_id"), k -> new ArrayList<>())
					.add(JourneyRows.standard(rs));
			});
		Map<Long, List<Touchpoint>> touchpoints = new HashMap<>();
		jdbc.sql("select * from touchpoint where journey_id = :j and removed_at is null order by position, id")
			.param("j", journeyId)
			.query(rs -> {
				touchpoints.computeIfAbsent(rs.getLong("stage_id"), k -> new ArrayList<>())
					.add(JourneyRows.touchpoint(rs, standards.getOrDefault(rs.getLong("id"), List.of())));
			});
		return jdbc
			.sql("select * from journey_stage where journey_id = :j and removed_at is null order by position, id")
			.param("j", journeyId)
			.query((rs, i) -> JourneyRows.stage(rs, touchpoints.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private void syncChildren(long workspaceId, long journeyId, JourneyDesign design, Instant now) {
		jdbc.sql("update journey_stage set removed_at = :now where journey_id = :j and removed_at is null")
			.param("now", Timestamp.from(now))
			.param("j", journeyId)
			.update();
		jdbc.sql("update touchpoint set removed_at = :now where journey_id = :j and removed_at is null")
			.param("now", Timestamp.from(now))
			.param("j", journeyId)
			.update();
		jdbc.sql("""
				update service_standard set removed_at = :now where removed_at is null
				and touchpoint_id in (select id from touchpoint where journey_id = :j)""")
			.param("now", Timestamp.from(now))
			.param("j", journeyId)
			.update();
		for (int s = 0; s < design.stages().size(); s++) {
			Stage stage = design.stages().get(s);
			long stageId = upsertStage(workspaceId, journeyId, s, stage);
			for (int t = 0; t < stage.touchpoints().size(); t++) {
				Touchpoint touchpoint = stage.touchpoints().get(t);
				long touchpointId = upsertTouchpoint(workspaceId, journeyId, stageId, t, touchpoint);
				for (int d = 0; d < touchpoint.standards().size(); d++) {
					upsertStandard(workspaceId, touchpointId, d, touchpoint.standards().get(d));
				}
			}
		}
	}

	private long upsertStage(long workspaceId, long journeyId, int position, Stage stage) {
		Map<String, Object> params = new HashMap<>();
		params.put("ws", workspaceId);
		params.put("j", journeyId);
		params.put("position", position);
		params.put("name", stage.name().trim());
		params.put("nameZh", blankToNull(stage.nameZh()));
		params.put("actions", blankToNull(stage.customerActions()));
		params.put("front", blankToNull(stage.frontstage()));
		params.put("back", blankToNull(stage.backstage()));
		params.put("support", blankToNull(stage.supportProcesses()));
		params.put("evidence", blankToNull(stage.physicalEvidence()));
		if (stage.id() != null && jdbc.sql("""
				update journey_stage set position = :position, name = :name, name_zh = :nameZh,
				    customer_actions = :actions, frontstage = :front, backstage = :back,
				    support_processes = :support, physical_evidence = :evidence, removed_at = null
				where id = :id and journey_id = :j""").params(params).param("id", stage.id()).update() == 1) {
			return stage.id();
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into journey_stage (workspace_id, journey_id, position, name, name_zh, customer_actions,
				    frontstage, backstage, support_processes, physical_evidence)
				values (:ws, :j, :position, :name, :nameZh, :actions, :front, :back, :support, :evidence)""")
			.params(params)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private long upsertTouchpoint(long workspaceId, long journeyId, long stageId, int position, Touchpoint t) {
		Map<String, Object> params = new HashMap<>();
		params.put("ws", workspaceId);
		params.put("j", journeyId);
		params.put("stage", stageId);
		params.put("position", position);
		params.put("nameEn", blankToNull(t.nameEn()));
		params.put("nameZh", blankToNull(t.nameZh()));
		params.put("description", blankToNull(t.description()));
		params.put("channel", t.channel().name());
		params.put("team", blankToNull(t.ownerTeam()));
		params.put("owner", t.ownerUserId());
		params.put("kwEn", String.join("\n", t.keywordsEn()));
		params.put("kwZh", String.join("\n", t.keywordsZh()));
		params.put("emotion", t.designedEmotion());
		params.put("peak", t.designedPeak());
		params.put("end", t.endMoment());
		if (t.id() != null && jdbc.sql("""
				update touchpoint set stage_id = :stage, position = :position, name_en = :nameEn, name_zh = :nameZh,
				    description = :description, channel = :channel, owner_team = :team, owner_user_id = :owner,
				    keywords_en = :kwEn, keywords_zh = :kwZh, designed_emotion = :emotion, designed_peak = :peak,
				    end_moment = :end, removed_at = null
				where id = :id and journey_id = :j""").params(params).param("id", t.id()).update() == 1) {
			return t.id();
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into touchpoint (workspace_id, journey_id, stage_id, position, name_en, name_zh, description,
				    channel, owner_team, owner_user_id, keywords_en, keywords_zh, designed_emotion, designed_peak,
				    end_moment)
				values (:ws, :j, :stage, :position, :nameEn, :nameZh, :description, :channel, :team, :owner, :kwEn,
				    :kwZh, :emotion, :peak, :end)""").params(params).update(keys, "id");
		return keys.getKey().longValue();
	}

	private void upsertStandard(long workspaceId, long touchpointId, int position, ServiceStandard d) {
		Map<String, Object> params = new HashMap<>();
		params.put("ws", workspaceId);
		params.put("tp", touchpointId);
		params.put("position", position);
		params.put("name", d.name().trim());
		params.put("measure", blankToNull(d.measure()));
		params.put("unit", blankToNull(d.unit()));
		params.put("target", d.target());
		params.put("direction", d.direction().name());
		params.put("compliance", (d.compliance() == null ? ComplianceSource.NOT_SET : d.compliance()).name());
		if (d.id() != null && jdbc.sql("""
				update service_standard set touchpoint_id = :tp, position = :position, name = :name,
				    measure = :measure, unit = :unit, target = :target, direction = :direction,
				    compliance = :compliance, removed_at = null
				where id = :id and workspace_id = :ws""").params(params).param("id", d.id()).update() == 1) {
			return;
		}
		jdbc.sql("""
				insert into service_standard (workspace_id, touchpoint_id, position, name, measure, unit, target,
				    direction, compliance)
				values (:ws, :tp, :position, :name, :measure, :unit, :target, :direction, :compliance)""")
			.params(params)
			.update();
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
