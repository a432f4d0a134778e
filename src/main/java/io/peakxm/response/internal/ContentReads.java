package io.peakxm.response.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import io.peakxm.response.ResponseBatchSubmitted;
import io.peakxm.response.ResponseReads.Header;
import io.peakxm.survey.QuestionType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what rollups count of responses: their headers, their aggregated answers and
 * their hidden fields, by id (in chunks) or for a whole survey in one pass ordered by id.
 * Every query selects the header columns first and the answer columns in the same order,
 * so one mapping reads them all.
 */
final class ContentReads {

	/** Rows fetched per round trip by the one-pass read. */
	private static final int FETCH_SIZE = ResponseReadStore.FETCH_SIZE;

	/** Responses read per query by id (bounds the IN lists). */
	static final int CHUNK = 500;

	private final JdbcClient jdbc;

	ContentReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void stream(long workspaceId, long surveyId, List<String> fields,
			BiConsumer<Header, ResponseBatchSubmitted.Contents> each) {
		Map<Long, Map<String, String>> values = new HashMap<>();
		if (!fields.isEmpty()) {
			jdbc.sql(
					"""
							select f.response_id, f.name, f.field_value from response r join response_field f on f.response_id = r.id
							where r.workspace_id = :ws and r.survey_id = :s and f.name in (:names)""")
				.param("ws", workspaceId)
				.param("s", surveyId)
				.param("names", fields)
				.withFetchSize(FETCH_SIZE)
				.query(rs -> {
					values.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>(4))
						.put(rs.getString(2), rs.getString(3));
				});
		}
		Header[] current = { null };
		List<List<ResponseBatchSubmitted.Scored>> answers = new ArrayList<>(List.of(new ArrayList<>()));
		Runnable emit = () -> each.accept(current[0], new ResponseBatchSubmitted.Contents(current[0].responseId(),
				values.get(current[0].responseId()), answers.get(0)));
		jdbc.sql("""
				select r.id, r.workspace_id, r.survey_id, r.submitted_at, r.channel, r.language, r.touchpoint_id,
				    a.question_key, a.question_type, a.row_key, a.option_key, a.number_value
				from response r left join response_answer a on a.response_id = r.id
				    and (a.number_value is not null or a.option_key is not null)
				where r.workspace_id = :ws and r.survey_id = :s order by r.id""")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.withFetchSize(FETCH_SIZE)
			.query(rs -> {
				long id = rs.getLong(1);
				if (current[0] == null || current[0].responseId() != id) {
					if (current[0] != null) {
						emit.run();
					}
					current[0] = header(rs);
					answers.set(0, new ArrayList<>());
				}
				if (rs.getString(9) != null && aggregates(rs.getString(9))) {
					answers.get(0).add(scored(rs, 8));
				}
			});
		if (current[0] != null) {
			emit.run();
		}
	}

	Map<Long, Header> headers(Collection<Long> responseIds) {
		Map<Long, Header> headers = new HashMap<>();
		for (List<Long> ids : chunks(responseIds)) {
			jdbc.sql("""
					select id, workspace_id, survey_id, submitted_at, channel, language, touchpoint_id from response
					where id in (:ids)""").param("ids", ids).query(rs -> {
				headers.put(rs.getLong(1), header(rs));
			});
		}
		return headers;
	}

	Map<Long, ResponseBatchSubmitted.Contents> byId(Collection<Long> responseIds, boolean withFields) {
		Map<Long, Map<String, String>> fields = new HashMap<>();
		Map<Long, List<ResponseBatchSubmitted.Scored>> answers = new HashMap<>();
		for (List<Long> ids : chunks(responseIds)) {
			if (withFields) {
				jdbc.sql("select response_id, name, field_value from response_field where response_id in (:ids)")
					.param("ids", ids)
					.query(rs -> {
						fields.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
							.put(rs.getString(2), rs.getString(3));
					});
			}
			jdbc.sql(
					"""
							select response_id, question_key, question_type, row_key, option_key, number_value from response_answer
							where response_id in (:ids) and (number_value is not null or option_key is not null)""")
				.param("ids", ids)
				.query(rs -> {
					if (aggregates(rs.getString(3))) {
						answers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(scored(rs, 2));
					}
				});
		}
		Map<Long, ResponseBatchSubmitted.Contents> contents = new HashMap<>();
		for (Long id : responseIds) {
			if (fields.containsKey(id) || answers.containsKey(id)) {
				contents.put(id, new ResponseBatchSubmitted.Contents(id, fields.get(id), answers.get(id)));
			}
		}
		return contents;
	}

	/**
	 * A header from the columns id, workspace_id, survey_id, submitted_at, channel,
	 * language, touchpoint_id at 1…7.
	 */
	private static Header header(ResultSet rs) throws SQLException {
		long touchpoint = rs.getLong(7);
		Long touchpointId = rs.wasNull() ? null : touchpoint;
		return new Header(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
				rs.getString(6), touchpointId);
	}

	/**
	 * An answer from the columns question_key, question_type, row_key, option_key,
	 * number_value starting at {@code first}.
	 */
	private static ResponseBatchSubmitted.Scored scored(ResultSet rs, int first) throws SQLException {
		double value = rs.getDouble(first + 4);
		Double number = rs.wasNull() ? null : value;
		return new ResponseBatchSubmitted.Scored(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
				rs.getString(first + 3), number);
	}

	private static boolean aggregates(String questionType) {
		return QuestionType.valueOf(questionType).aggregation() != QuestionType.Aggregation.NONE;
	}

	static List<List<Long>> chunks(Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		List<List<Long>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}

}
