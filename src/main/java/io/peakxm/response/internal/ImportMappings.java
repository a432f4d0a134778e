package io.peakxm.response.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.peakxm.response.ImportMapping;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Saved import mappings per survey, by name, so that a monthly file is mapped once. */
@Repository
public class ImportMappings {

	/** A saved mapping. */
	public record Saved(long id, String name, ImportMapping mapping, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ImportMappings(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Saves (or replaces) the mapping of that name. */
	public void save(long workspaceId, long surveyId, String name, ImportMapping mapping, long userId, Instant now) {
		int updated = jdbc.sql("""
				update import_mapping set mapping = :m, created_at = :now, created_by = :by
				where workspace_id = :ws and survey_id = :s and name = :name""")
			.param("m", json.writeValueAsString(mapping))
			.param("now", Timestamp.from(now))
			.param("by", userId)
			.param("ws", workspaceId)
			.param("s", surveyId)
			.param("name", name)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("""
						insert into import_mapping (workspace_id, survey_id, name, mapping, created_at, created_by)
						values (:ws, :s, :name, :m, :now, :by)""")
					.param("ws", workspaceId)
					.param("s", surveyId)
					.param("name", name)
					.param("m", json.writeValueAsString(mapping))
					.param("now", Timestamp.from(now))
					.param("by", userId)
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new io.peakxm.shared.ConflictException("import.mappingSavedConcurrently");
			}
		}
	}

	public List<Saved> list(long workspaceId, long surveyId) {
		return jdbc.sql("select * from import_mapping where workspace_id = :ws and survey_id = :s order by name")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.query((rs, i) -> new Saved(rs.getLong("id"), rs.getString("name"),
					json.readValue(rs.getString("mapping"), ImportMapping.class),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	public Optional<Saved> find(long workspaceId, long surveyId, String name) {
		return list(workspaceId, surveyId).stream().filter(m -> m.name().equals(name)).findFirst();
	}

}
