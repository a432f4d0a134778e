package io.peakxm.response.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.peakxm.response.Channel;
import io.peakxm.response.Receipt;
import io.peakxm.survey.Answer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes a response with its answers and hidden fields (answers in one batch) and finds earlier submissions. */
@Repository
public class ResponseStore {

	/** The columns of a response row. */
	public record NewResponse(long workspaceId, long surveyId, int surveyVersion, Channel channel, String language,
			Long touchpointId, String customerRef, String journeyInstanceKey, String idempotencyKey, Instant startedAt,
			Instant submittedAt) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ResponseStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public long insert(NewResponse r, List<Answer> answers, Map<String, String> fields) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into response (workspace_id, survey_id, survey_version, channel, language, touchpoint_id,
				    customer_ref, journey_instance_key, idempotency_key, started_at, submitted_at)
				values (:ws, :survey, :version, :channel, :language, :touchpoint, :customer, :instance, :idem,
				    :started, :submitted)""")
			.param("ws", r.workspaceId())
			.param("survey", r.surveyId())
			.param("version", r.surveyVersion())
			.param("channel", r.channel().name())
			.param("language", r.language())
			.param("touchpoint", r.touchpointId())
			.param("customer", r.customerRef())
			.param("instance", r.journeyInstanceKey())
			.param("idem", r.idempotencyKey())
			.param("started", r.startedAt() == null ? null : Timestamp.from(r.startedAt()))
			.param("submitted", Timestamp.from(r.submittedAt()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		template.batchUpdate("""
				insert into response_answer (workspace_id, response_id, question_key, question_type, row_key,
				    option_key, number_value, text_value) values (?, ?, ?, ?, ?, ?, ?, ?)""", answers, 500,
				(PreparedStatement ps, Answer a) -> {
					ps.setLong(1, r.workspaceId());
					ps.setLong(2, id);
					ps.setString(3, a.questionKey());
					ps.setString(4, a.type().name());
					ps.setString(5, a.rowKey());
					ps.setString(6, a.optionKey());
					if (a.number() == null) {
						ps.setNull(7, Types.DOUBLE);
					}
					else {
						ps.setDouble(7, a.number());
					}
					ps.setString(8, a.text());
				});
		List<Map.Entry<String, String>> entries = new ArrayList<>(fields.entrySet());
		template.batchUpdate("insert into response_field (response_id, workspace_id, name, field_value) values (?, ?, ?, ?)",
				entries, 100, (PreparedStatement ps, Map.Entry<String, String> e) -> {
					ps.setLong(1, id);
					ps.setLong(2, r.workspaceId());
					ps.setString(3, e.getKey());
					ps.setString(4, e.getValue());
				});
		return id;
	}

	public Optional<Receipt> findByIdempotencyKey(long workspaceId, String key) {
		return jdbc.sql("select id, survey_version, submitted_at from response where workspace_id = :ws and idempotency_key = :k")
			.param("ws", workspaceId)
			.param("k", key)
			.query((rs, i) -> new Receipt(rs.getLong("id"), rs.getInt("survey_version"),
					rs.getTimestamp("submitted_at").toInstant(), true))
			.optional();
	}

	public long count(long workspaceId, long surveyId) {
		return jdbc.sql("select count(*) from response where workspace_id = :ws and survey_id = :s")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.query(Long.class)
			.single();
	}
}
