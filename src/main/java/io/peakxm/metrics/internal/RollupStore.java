package io.peakxm.metrics.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.peakxm.metrics.Aggregate;
import io.peakxm.metrics.RollupFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the rollup tables for the dashboards — sums over a filter, for one answer or
 * grouped by a column — and the dimensions each survey's rollups break down by. Reads use
 * the day table ({@code metric_rollup_day}, far fewer rows) unless the filter or the
 * grouping names the channel, language or touchpoint of the responses. Changes go through
 * {@link RollupWrites}.
 */
@Repository
public class RollupStore {

	private static final String SUMS = """
			sum(n), sum(total), sum(total_sq), sum(h0), sum(h1), sum(h2), sum(h3), sum(h4), sum(h5), sum(h6), sum(h7),
			sum(h8), sum(h9), sum(h10)""";

	private final JdbcClient jdbc;

	RollupStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- reads

	/** One answer summed over the filter. */
	public Aggregate total(RollupFilter f, AnswerKey answer) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(f, true, params) + " and question_key = :q and row_key = :r";
		params.put("q", answer.question());
		params.put("r", answer.row());
		return jdbc.sql("select " + SUMS + " from " + table(f, null) + where)
			.params(params)
			.query((rs, i) -> aggregateAt(rs, 0))
			.single();
	}

	/**
	 * Every answer of a question (null: of every question) summed over the filter: its
	 * rows and options.
	 */
	public Map<AnswerKey, Aggregate> perAnswer(RollupFilter f, String question) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(where(f, true, params));
		if (question != null) {
			where.append(" and question_key = :q");
			params.put("q", question);
		}
		Map<AnswerKey, Aggregate> result = new LinkedHashMap<>();
		jdbc.sql("select question_key, row_key, " + SUMS + " from " + table(f, null) + where
				+ " group by question_key, row_key order by question_key, row_key")
			.params(params)
			.query(rs -> {
				result.put(new AnswerKey(rs.getString(1), rs.getString(2)), aggregateAt(rs, 2));
			});
		return result;
	}

	/**
	 * One answer summed over the filter per value of a column, in the column's order: per
	 * day (ISO dates), channel, language, touchpoint of collection ({@code "0"}: none) or
	 * value of the filter's dimension (whose own value is then ignored).
	 */
	public Map<String, Aggregate> grouped(RollupFilter f, AnswerKey answer, Grouping by) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(f, by != Grouping.DIMENSION_VALUE, params) + " and question_key = :q and row_key = :r";
		params.put("q", answer.question());
		params.put("r", answer.row());
		Map<String, Aggregate> result = new LinkedHashMap<>();
		jdbc.sql("select " + by.column + ", " + SUMS + " from " + table(f, by) + where + " group by " + by.column
				+ " order by " + by.column)
			.params(params)
			.query(rs -> {
				result.put(rs.getString(1), aggregateAt(rs, 1));
			});
		return result;
	}

	/**
	 * How many answers (every question, row and option counted) each of some surveys of a
	 * workspace received between two days, inclusive; surveys without any are left out.
	 */
	public Map<Long, Long> answersPerSurvey(long workspaceId, List<Long> surveyIds, LocalDate from, LocalDate to) {
		Map<Long, Long> result = new LinkedHashMap<>();
		if (surveyIds.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				select survey_id, sum(n) from metric_rollup_day where workspace_id = :ws and survey_id in (:ids)
				and dim_name = '' and rollup_day >= :from and rollup_day <= :to group by survey_id having sum(n) > 0""")
			.param("ws", workspaceId)
			.param("ids", surveyIds)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query(rs -> {
				result.put(rs.getLong(1), rs.getLong(2));
			});
		return result;
	}

	/** What a rollup read can be grouped by: a column of the responses counted. */
	public enum Grouping {

		DAY("rollup_day"), CHANNEL("channel"), LANGUAGE("language"), TOUCHPOINT("touchpoint_id"),
		DIMENSION_VALUE("dim_value");

		final String column;

		Grouping(String column) {
			this.column = column;
		}

	}

	/** The values seen for a dimension of a survey (for filter choices). */
	public List<String> dimensionValues(long workspaceId, long surveyId, String dimName) {
		return jdbc
			.sql("""
					select distinct dim_value from metric_rollup_day where workspace_id = :ws and survey_id = :s and dim_name = :d
					order by dim_value""")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.param("d", dimName)
			.query(String.class)
			.list();
	}

	/**
	 * The table a read needs: the one without channel, language and touchpoint of the
	 * response (far fewer rows) unless the filter or the grouping names one of them.
	 */
	private static String table(RollupFilter f, Grouping by) {
		boolean fine = f.channel() != null || f.language() != null || f.touchpointId() != null || by == Grouping.CHANNEL
				|| by == Grouping.LANGUAGE || by == Grouping.TOUCHPOINT;
		return fine ? "metric_rollup" : "metric_rollup_day";
	}

	/**
	 * The filter's conditions; {@code oneDimensionValue} false for all values of its
	 * dimension.
	 */
	private static String where(RollupFilter f, boolean oneDimensionValue, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where workspace_id = :ws and survey_id = :s and dim_name = :dn");
		params.put("ws", f.workspaceId());
		params.put("s", f.surveyId());
		params.put("dn", f.dimName());
		if (oneDimensionValue) {
			where.append(" and dim_value = :dv");
			params.put("dv", f.dimValue());
		}
		if (f.from() != null) {
			where.append(" and rollup_day >= :from");
			params.put("from", Date.valueOf(f.from()));
		}
		if (f.to() != null) {
			where.append(" and rollup_day <= :to");
			params.put("to", Date.valueOf(f.to()));
		}
		if (f.channel() != null) {
			where.append(" and channel = :channel");
			params.put("channel", f.channel());
		}
		if (f.language() != null) {
			where.append(" and language = :language");
			params.put("language", f.language());
		}
		if (f.touchpointId() != null) {
			where.append(" and touchpoint_id = :tp");
			params.put("tp", f.touchpointId());
		}
		return where.toString();
	}

	private static Aggregate aggregateAt(ResultSet rs, int offset) throws SQLException {
		long[] h = new long[11];
		for (int i = 0; i < 11; i++) {
			h[i] = rs.getLong(offset + 4 + i);
		}
		return new Aggregate(rs.getLong(offset + 1), rs.getDouble(offset + 2), rs.getDouble(offset + 3), h);
	}

	/** The hidden fields a survey's rollups break down by. */
	public List<String> dimensions(long surveyId) {
		return jdbc.sql("select field_name from metric_dimension where survey_id = :s order by field_name")
			.param("s", surveyId)
			.query(String.class)
			.list();
	}

	/**
	 * Sets the hidden fields a survey's rollups break down by (its rollups must be
	 * rebuilt in the same transaction).
	 */
	public void replaceDimensions(long workspaceId, long surveyId, Set<String> names) {
		jdbc.sql("delete from metric_dimension where survey_id = :s").param("s", surveyId).update();
		for (String name : names) {
			jdbc.sql("insert into metric_dimension (workspace_id, survey_id, field_name) values (:ws, :s, :n)")
				.param("ws", workspaceId)
				.param("s", surveyId)
				.param("n", name)
				.update();
		}
	}

}
