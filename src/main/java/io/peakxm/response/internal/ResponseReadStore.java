package io.peakxm.response.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import io.peakxm.response.ResponseBatchSubmitted;
import io.peakxm.response.ResponseReads;
import io.peakxm.survey.QuestionType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@link ResponseReads}: streams over {@code response} with its packed
 * scores, and reads by id of responses, their answers and their hidden fields.
 */
@Repository
class ResponseReadStore implements ResponseReads {

	/** Rows fetched per round trip by the streams. */
	static final int FETCH_SIZE = 10_000;

	/** Responses read per query by id (bounds the IN lists). */
	static final int CHUNK = 500;

	private final JdbcClient jdbc;

	ResponseReadStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void streamScores(Selection selection, List<String> fields, Consumer<PackedScores> each) {
		StringBuilder columns = new StringBuilder("r.survey_version, r.scores");
		StringBuilder joins = new StringBuilder();
		Map<String, Object> params = params(selection);
		for (int i = 0; i < fields.size(); i++) {
			columns.append(", f").append(i).append(".field_value");
			joins.append(" left join response_field f%1$d on f%1$d.response_id = r.id and f%1$d.name = :field%1$d"
				.formatted(i));
			params.put("field" + i, fields.get(i));
		}
		jdbc.sql(select(columns.toString(), joins.toString(), selection, ""))
			.params(params)
			.withFetchSize(FETCH_SIZE)
			.query(rs -> {
				Map<String, String> values = fields.isEmpty() ? Map.of() : new HashMap<>(4);
				for (int i = 0; i < fields.size(); i++) {
					String value = rs.getString(3 + i);
					if (value != null) {
						values.put(fields.get(i), value);
					}
				}
				each.accept(new PackedScores(rs.getInt(1), rs.getString(2), values));
			});
	}

	@Override
	public void streamNewest(Selection selection, int limit, Consumer<Profile> each) {
		String newest = select("r.id, r.survey_version, r.submitted_at, r.scores", "", selection,
				" order by r.submitted_at desc, r.id desc limit :limit");
		Map<String, Object> params = params(selection);
		params.put("limit", limit);
		Map<Long, Map<String, Double>> numbers = new HashMap<>();
		jdbc.sql("select a.response_id, a.question_key, a.number_value from response_answer a"
				+ " where a.question_type = 'NUMBER' and a.number_value is not null"
				+ " and a.response_id in (select n.id from (" + newest + ") n)")
			.params(params)
			.withFetchSize(FETCH_SIZE)
			.query(rs -> {
				numbers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>(4)).put(rs.getString(2), rs.getDouble(3));
			});
		ProfileRows rows = new ProfileRows(numbers, each);
		jdbc.sql("select n.id, n.survey_version, n.submitted_at, n.scores, f.name, f.field_value from (" + newest
				+ ") n left join response_field f on f.response_id = n.id order by n.submitted_at desc, n.id desc")
			.params(params)
			.withFetchSize(FETCH_SIZE)
			.query(rs -> {
				rows.row(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3), rs.getString(4), rs.getString(5),
						rs.getString(6));
			});
		rows.end();
	}

	/**
	 * Gathers the joined rows of one response (one per hidden field) into its profile.
	 */
	private static final class ProfileRows {

		private final Map<Long, Map<String, Double>> numbers;

		private final Consumer<Profile> each;

		private final Map<String, String> fields = new LinkedHashMap<>();

		private long id = -1;

		private int version;

		private Timestamp submittedAt;

		private String scores;

		ProfileRows(Map<Long, Map<String, Double>> numbers, Consumer<Profile> each) {
			this.numbers = numbers;
			this.each = each;
		}

		void row(long responseId, int version, Timestamp submittedAt, String scores, String field, String value) {
			if (responseId != id) {
				end();
				this.id = responseId;
				this.version = version;
				this.submittedAt = submittedAt;
				this.scores = scores;
				fields.clear();
			}
			if (field != null) {
				fields.put(field, value);
			}
		}

		void end() {
			if (id >= 0) {
				each.accept(new Profile(id, version, submittedAt.toInstant(), scores, Map.copyOf(fields),
						numbers.getOrDefault(id, Map.of())));
			}
		}

	}

	@Override
	public List<ValueCount> frequentValues(long workspaceId, long surveyId, String field, int newest, int limit) {
		return jdbc.sql("""
				select f.field_value, count(*) from response_field f
				where f.name = :name and f.response_id in (select r.id from response r
				    where r.workspace_id = :ws and r.survey_id = :s order by r.submitted_at desc limit :sample)
				group by f.field_value order by count(*) desc, f.field_value limit :max""")
			.param("name", field)
			.param("ws", workspaceId)
			.param("s", surveyId)
			.param("sample", newest)
			.param("max", limit)
			.query((rs, i) -> new ValueCount(rs.getString(1), rs.getLong(2)))
			.list();
	}

	@Override
	public void streamIds(long workspaceId, long surveyId, LongConsumer each) {
		jdbc.sql("select id from response where workspace_id = :ws and survey_id = :s")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.withFetchSize(FETCH_SIZE)
			.query(rs -> {
				each.accept(rs.getLong(1));
			});
	}

	@Override
	public void streamContents(long workspaceId, long surveyId, List<String> fields,
			java.util.function.BiConsumer<Header, ResponseBatchSubmitted.Contents> each) {
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
					long touchpoint = rs.getLong(7);
					Long touchpointId = rs.wasNull() ? null : touchpoint;
					current[0] = new Header(id, rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
							rs.getString(5), rs.getString(6), touchpointId);
					answers.set(0, new ArrayList<>());
				}
				String type = rs.getString(9);
				if (type != null && QuestionType.valueOf(type).aggregation() != QuestionType.Aggregation.NONE) {
					double value = rs.getDouble(12);
					Double number = rs.wasNull() ? null : value;
					answers.get(0)
						.add(new ResponseBatchSubmitted.Scored(rs.getString(8), type, rs.getString(10),
								rs.getString(11), number));
				}
			});
		if (current[0] != null) {
			emit.run();
		}
	}

	@Override
	public Map<Long, Header> headers(Collection<Long> responseIds) {
		Map<Long, Header> headers = new HashMap<>();
		for (List<Long> ids : chunks(responseIds)) {
			jdbc.sql("""
					select id, workspace_id, survey_id, submitted_at, channel, language, touchpoint_id from response
					where id in (:ids)""").param("ids", ids).query(rs -> {
				long touchpoint = rs.getLong(7);
				Long touchpointId = rs.wasNull() ? null : touchpoint;
				headers.put(rs.getLong(1), new Header(rs.getLong(1), rs.getLong(2), rs.getLong(3),
						rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), touchpointId));
			});
		}
		return headers;
	}

	@Override
	public Map<Long, ResponseBatchSubmitted.Contents> contents(Collection<Long> responseIds, boolean withFields) {
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
					if (QuestionType.valueOf(rs.getString(3)).aggregation() != QuestionType.Aggregation.NONE) {
						double value = rs.getDouble(6);
						Double number = rs.wasNull() ? null : value;
						answers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
							.add(new ResponseBatchSubmitted.Scored(rs.getString(2), rs.getString(3), rs.getString(4),
									rs.getString(5), number));
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

	private static String select(String columns, String joins, Selection selection, String tail) {
		StringBuilder sql = new StringBuilder("select ").append(columns)
			.append(" from response r")
			.append(joins)
			.append(" where r.workspace_id = :ws and r.survey_id = :s and r.submitted_at >= :from and r.submitted_at < :to");
		if (selection.version() != null) {
			sql.append(" and r.survey_version = :version");
		}
		if (selection.segmentField() != null) {
			sql.append(
					" and exists (select 1 from response_field g where g.response_id = r.id and g.name = :segmentField"
							+ " and g.field_value = :segmentValue)");
		}
		return sql.append(tail).toString();
	}

	private static Map<String, Object> params(Selection selection) {
		Map<String, Object> params = new HashMap<>();
		params.put("ws", selection.workspaceId());
		params.put("s", selection.surveyId());
		params.put("from", Timestamp.from(selection.from()));
		params.put("to", Timestamp.from(selection.to()));
		if (selection.version() != null) {
			params.put("version", selection.version());
		}
		if (selection.segmentField() != null) {
			params.put("segmentField", selection.segmentField());
			params.put("segmentValue", selection.segmentValue());
		}
		return params;
	}

	private static List<List<Long>> chunks(Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		List<List<Long>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}

}
