package io.peakxm.response.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.peakxm.response.CollectionChannel;
import io.peakxm.response.Receipt;
import io.peakxm.shared.RowCopy;
import io.peakxm.survey.Answer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes a response with its answers and hidden fields (answers in one batch) and finds
 * earlier submissions.
 */
@Repository
public class ResponseStore {

	/** The columns of a response row. */
	public record NewResponse(long workspaceId, long surveyId, int surveyVersion, CollectionChannel channel,
			String language, Long touchpointId, String customerRef, String journeyInstanceKey, String idempotencyKey,
			Instant startedAt, Instant submittedAt, String scores) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final RowCopy copier;

	ResponseStore(JdbcClient jdbc, JdbcTemplate template, RowCopy copier) {
		this.jdbc = jdbc;
		this.template = template;
		this.copier = copier;
	}

	/**
	 * Writes many responses at once (imports): the responses in one JDBC batch that
	 * returns their ids, then all their answers and hidden fields in batches. Runs inside
	 * the caller's transaction.
	 */
	public List<Long> insertBatch(List<NewResponse> rows, List<List<Answer>> answers,
			List<Map<String, String>> fields) {
		List<Long> ids = insertResponses(rows);
		List<Object[]> answerRows = new ArrayList<>();
		List<Object[]> fieldRows = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			long id = ids.get(i);
			long workspaceId = rows.get(i).workspaceId();
			int ordinal = 0;
			for (Answer a : answers.get(i)) {
				answerRows.add(new Object[] { workspaceId, id, ordinal++, a.questionKey(), a.type().name(), a.rowKey(),
						a.optionKey(), a.number(), a.text() });
			}
			for (Map.Entry<String, String> e : fields.get(i).entrySet()) {
				fieldRows.add(new Object[] { id, workspaceId, e.getKey(), e.getValue() });
			}
		}
		if (!copier.copy(
				"response_answer (workspace_id, response_id, ordinal, question_key, question_type, row_key, option_key,"
						+ " number_value, text_value)",
				answerRows)) {
			template.batchUpdate(
					"""
							insert into response_answer (workspace_id, response_id, ordinal, question_key, question_type, row_key,
							    option_key, number_value, text_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					answerRows, new int[] { Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
							Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.VARCHAR });
		}
		if (!copier.copy("response_field (response_id, workspace_id, name, field_value)", fieldRows)) {
			template.batchUpdate(
					"insert into response_field (response_id, workspace_id, name, field_value) values (?, ?, ?, ?)",
					fieldRows, new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR });
		}
		return ids;
	}

	/**
	 * Inserts the response rows and returns their ids in order. On PostgreSQL the ids are
	 * taken from the identity sequence first and the rows streamed with COPY; elsewhere
	 * one JDBC batch returns the generated keys.
	 */
	private List<Long> insertResponses(List<NewResponse> rows) {
		List<Object[]> values = new ArrayList<>(rows.size());
		for (NewResponse r : rows) {
			values.add(new Object[] { r.workspaceId(), r.surveyId(), r.surveyVersion(), r.channel().name(),
					r.language(), r.touchpointId(), r.customerRef(), r.journeyInstanceKey(), r.idempotencyKey(),
					r.startedAt() == null ? null : r.startedAt().toString(), r.submittedAt().toString(), r.scores() });
		}
		if (copier.isPostgres()) {
			List<Long> ids = template.queryForList(
					"select nextval(pg_get_serial_sequence('response', 'id')) from generate_series(1, ?)", Long.class,
					rows.size());
			List<Object[]> withIds = new ArrayList<>(rows.size());
			for (int i = 0; i < rows.size(); i++) {
				Object[] row = new Object[13];
				row[0] = ids.get(i);
				System.arraycopy(values.get(i), 0, row, 1, 12);
				withIds.add(row);
			}
			copier.copy(
					"response (id, workspace_id, survey_id, survey_version, channel, language, touchpoint_id, customer_ref,"
							+ " journey_instance_key, idempotency_key, started_at, submitted_at, scores)",
					withIds);
			return ids;
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		template.batchUpdate(con -> con.prepareStatement("""
				insert into response (workspace_id, survey_id, survey_version, channel, language, touchpoint_id,
				    customer_ref, journey_instance_key, idempotency_key, started_at, submitted_at, scores)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" }),
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
						ps.setString(12, r.scores());
					}

					@Override
					public int getBatchSize() {
						return rows.size();
					}
				}, keys);
		return keys.getKeyList().stream().map(k -> ((Number) k.values().iterator().next()).longValue()).toList();
	}

	/**
	 * The newest responses of a survey that came through a channel (id and time), for the
	 * demo's invitations.
	 */
	public List<Map.Entry<Long, Instant>> newest(long workspaceId, long surveyId, CollectionChannel channel,
			int limit) {
		return jdbc.sql("""
				select id, submitted_at from response where workspace_id = :ws and survey_id = :s and channel = :c
				order by submitted_at desc limit :limit""")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.param("c", channel.name())
			.param("limit", limit)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.list();
	}

	/** Responses already recorded under any of the keys, by key. */
	public Map<String, Receipt> findByIdempotencyKeys(long workspaceId, java.util.Collection<String> keys) {
		Map<String, Receipt> found = new java.util.HashMap<>();
		if (!keys.isEmpty()) {
			jdbc.sql(
					"select id, survey_version, submitted_at, idempotency_key from response where workspace_id = :ws and idempotency_key in (:k)")
				.param("ws", workspaceId)
				.param("k", List.copyOf(keys))
				.query((rs, i) -> found.put(rs.getString("idempotency_key"),
						new Receipt(rs.getLong("id"), rs.getInt("survey_version"),
								rs.getTimestamp("submitted_at").toInstant(), true)))
				.list();
		}
		return found;
	}

	public Optional<Receipt> findByIdempotencyKey(long workspaceId, String key) {
		return jdbc.sql(
				"select id, survey_version, submitted_at from response where workspace_id = :ws and idempotency_key = :k")
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
