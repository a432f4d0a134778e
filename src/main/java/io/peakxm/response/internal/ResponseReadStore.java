package io.peakxm.response.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import io.peakxm.response.ResponseBatchSubmitted;
import io.peakxm.response.ResponseReads;
import io.peakxm.survey.QuestionType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@link ResponseReads}: streams over {@code response} with its packed
 * scores, profiles and field values; the answers and hidden fields of responses are read
 * by {@link ContentReads}.
 */
@Repository
class ResponseReadStore implements ResponseReads {

	/** Rows fetched per round trip by the streams. */
	static final int FETCH_SIZE = 10_000;

	private final JdbcClient jdbc;

	private final ContentReads contents;

	private final TextReads texts;

	ResponseReadStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.contents = new ContentReads(jdbc);
		this.texts = new TextReads(jdbc);
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
			BiConsumer<Header, ResponseBatchSubmitted.Contents> each) {
		contents.stream(workspaceId, surveyId, fields, each);
	}

	@Override
	public List<Written> texts(Collection<Long> responseIds) {
		return texts.byId(responseIds);
	}

	@Override
	public void streamTexts(long workspaceId, long surveyId, Consumer<Written> each) {
		texts.stream(workspaceId, surveyId, each);
	}

	@Override
	public Map<Long, Header> headers(Collection<Long> responseIds) {
		return contents.headers(responseIds);
	}

	@Override
	public Map<Long, ResponseBatchSubmitted.Contents> contents(Collection<Long> responseIds, boolean withFields) {
		return contents.byId(responseIds, withFields);
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

}
