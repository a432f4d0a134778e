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

	/**
	 * Writes many responses at once (imports): the responses in one JDBC batch that returns their ids, then all
	 * their answers and hidden fields in batches. Runs inside the caller's transaction.
	 */
	public void insertBatch(List<NewResponse> rows, List<List<Answer>> answers, List<Map<String, String>> fields) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		template.batchUpdate(con -> con.prepareStatement("""
				insert into response (workspace_id, survey_id, survey_version, channel, language, touchpoint_id,
				    customer_ref, journey_instance_key, idempotency_key, started_at, submitted_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" }),
				new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws java.sql.SQLException {
						NewResponse r = rows.get(i);
						ps.setLong(1, r.workspaceId());
						ps.setLong(2, r.surveyId());
						ps.setInt(3, r.surveyVersion());
						ps.setString(4, r.channel().name());
						ps.setString(5, r.language());
						ps.setObject(6, r.touchpointId(), Types.BIGINT);
						ps.setString(7, r.customerRef());
						ps.setString(8, r.journeyInstanceKey());
						ps.setString(9, r.idempotencyKey());
						ps.setTimestamp(10, r.startedAt() == null ? null : Timestamp.from(r.startedAt()));
						ps.setTimestamp(11, Timestamp.from(r.submittedAt()));
					}

					@Override
					public int getBatchSize() {
						return rows.size();
					}
				}, keys);
		List<Map<String, Object>> ids = keys.getKeyList();
		List<Object[]> answerRows = new ArrayList<>();
		List<Object[]> fieldRows = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			long id = ((Number) ids.get(i).values().iterator().next()).longValue();
			long workspaceId = rows.get(i).workspaceId();
			for (Answer a : answers.get(i)) {
				answerRows.add(new Object[] { workspaceId, id, a.questionKey(), a.type().name(), a.rowKey(), a.optionKey(),
						a.number(), a.text() });
			}
			for (Map.Entry<String, String> e : fields.get(i).entrySet()) {
				fieldRows.add(new Object[] { id, workspaceId, e.getKey(), e.getValue() });
			}
		}
		template.batchUpdate("""
				insert into response_answer (workspace_id, response_id, question_key, question_type, row_key,
				    option_key, number_value, text_value) values (?, ?, ?, ?, ?, ?, ?, ?)""", answerRows,
				new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
						Types.DOUBLE, Types.VARCHAR });
		template.batchUpdate("insert into response_field (response_id, workspace_id, name, field_value) values (?, ?, ?, ?)",
				fieldRows, new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR });
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
