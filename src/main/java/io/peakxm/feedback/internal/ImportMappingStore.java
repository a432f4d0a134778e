package io.peakxm.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.peakxm.feedback.FeedbackImportMapping;
import io.peakxm.feedback.SavedImportMapping;
import io.peakxm.shared.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Saved feedback import mappings of a workspace, by name. */
@Repository
public class ImportMappingStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ImportMappingStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Saves the mapping under its name, replacing one saved before. */
	public void save(long workspaceId, String name, FeedbackImportMapping mapping, long userId, Instant now) {
		String text = json.writeValueAsString(mapping);
		int updated = jdbc.sql("""
				update feedback_import_mapping set mapping = :m, saved_at = :now, saved_by = :by
				where workspace_id = :ws and name = :name""")
			.param("m", text)
			.param("now", Timestamp.from(now))
			.param("by", userId)
			.param("ws", workspaceId)
			.param("name", name)
			.update();
		if (updated > 0) {
			return;
		}
		try {
			jdbc.sql("""
					insert into feedback_import_mapping (workspace_id, name, mapping, saved_at, saved_by)
					values (:ws, :name, :m, :now, :by)""")
				.param("ws", workspaceId)
				.param("name", name)
				.param("m", text)
				.param("now", Timestamp.from(now))
				.param("by", userId)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("import.mappingSavedConcurrently");
		}
	}

	public List<SavedImportMapping> list(long workspaceId) {
		return jdbc
			.sql("select name, mapping, saved_at from feedback_import_mapping where workspace_id = :ws order by name")
			.param("ws", workspaceId)
			.query(this::saved)
			.list();
	}

	private SavedImportMapping saved(ResultSet rs, int row) throws SQLException {
		return new SavedImportMapping(rs.getString("name"),
				json.readValue(rs.getString("mapping"), FeedbackImportMapping.class),
				rs.getTimestamp("saved_at").toInstant());
	}

	public Optional<SavedImportMapping> find(long workspaceId, String name) {
		return jdbc
			.sql("""
					select name, mapping, saved_at from feedback_import_mapping where workspace_id = :ws and name = :name""")
			.param("ws", workspaceId)
			.param("name", name)
			.query(this::saved)
			.optional();
	}

}
