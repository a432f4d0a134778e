package io.peakxm.response.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Kiosk devices of a survey; keys are stored as SHA-256 hashes and shown once. */
@Repository
public class KioskDevices {

	/** A kiosk device as listed. */
	public record Device(long id, long surveyId, String name, Instant createdAt, Instant revokedAt) {
	}

	private final JdbcClient jdbc;

	KioskDevices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(long workspaceId, long surveyId, String name, String key, Instant now) {
		jdbc.sql("""
				insert into kiosk_device (workspace_id, survey_id, name, key_hash, created_at)
				values (:ws, :s, :name, :hash, :now)""")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.param("name", name)
			.param("hash", hash(key))
			.param("now", Timestamp.from(now))
			.update();
	}

	public List<Device> list(long workspaceId, long surveyId) {
		return jdbc.sql(
				"select * from kiosk_device where workspace_id = :ws and survey_id = :s order by created_at desc, id desc")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.query((rs, i) -> new Device(rs.getLong("id"), rs.getLong("survey_id"), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant()))
			.list();
	}

	public boolean revoke(long workspaceId, long deviceId, Instant now) {
		return jdbc.sql(
				"update kiosk_device set revoked_at = :now where workspace_id = :ws and id = :id and revoked_at is null")
			.param("now", Timestamp.from(now))
			.param("ws", workspaceId)
			.param("id", deviceId)
			.update() == 1;
	}

	/** Whether the key belongs to an active device of the survey. */
	public boolean isActive(long surveyId, String key) {
		if (key == null || key.isBlank() || key.length() > 100) {
			return false;
		}
		return jdbc
			.sql("select count(*) from kiosk_device where survey_id = :s and key_hash = :h and revoked_at is null")
			.param("s", surveyId)
			.param("h", hash(key))
			.query(Long.class)
			.single() > 0;
	}

	static String hash(String key) {
		return io.peakxm.shared.Texts.sha256Hex(key);
	}

}
