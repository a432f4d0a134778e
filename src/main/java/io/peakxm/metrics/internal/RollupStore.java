package io.peakxm.metrics.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.peakxm.metrics.Aggregate;
import io.peakxm.metrics.RollupFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rollup table: summed reads for dashboards, incremental additions and removals, and rebuilds from the
 * response tables by one aggregation (which reads the response module's tables; they are its to write).
 */
@Repository
public class RollupStore {

	/** Numeric answers of these types are summed; choice answers are counted per option. */
	static final String NUMERIC_TYPES = "'NPS', 'CSAT', 'CES', 'RATING', 'MATRIX', 'NUMBER'";

	static final String CHOICE_TYPES = "'SINGLE_CHOICE', 'MULTIPLE_CHOICE'";

	static final String SUMS = """
			sum(n), sum(total), sum(total_sq), sum(h0), sum(h1), sum(h2), sum(h3), sum(h4), sum(h5), sum(h6), sum(h7),
			sum(h8), sum(h9), sum(h10)""";

	static final String COLUMNS = """
			workspace_id, survey_id, dim_name, dim_value, question_key, row_key, rollup_day, channel, language,
			touchpoint_id, n, total, total_sq, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10""";

	static final String DAY_COLUMNS = """
			workspace_id, survey_id, dim_name, dim_value, question_key, row_key, rollup_day, n, total, total_sq, h0, h1, h2,
			h3, h4, h5, h6, h7, h8, h9, h10""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	RollupStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	// --- reads -------------------------------------------------------------------------------------------------

	/** One question (and row) summed over the filter. */
	public Aggregate total(RollupFilter f, String questionKey, String rowKey) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(f, params) + " and question_key = :q and row_key = :r";
		params.put("q", questionKey);
		params.put("r", rowKey == null ? "" : rowKey);
		return jdbc.sql("select " + SUMS + " from " + table(f, null) + where).params(params).query(RollupStore::aggregate).single();
	}

	/**
	 * Sums over the filter grouped by a column: {@code question_key, row_key} (every question at once), {@code day},
	 * {@code channel}, {@code language}, {@code touchpoint_id} or {@code dim_value}. Keys are the column values
	 * joined by "|".
	 */
	public Map<String, Aggregate> grouped(RollupFilter f, String questionKey, String rowKey, Grouping by) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(where(f, params));
		if (questionKey != null) {
			where.append(" and question_key = :q");
			params.put("q", questionKey);
		}
		if (rowKey != null) {
			where.append(" and row_key = :r");
			params.put("r", rowKey);
		}
		Map<String, Aggregate> result = new LinkedHashMap<>();
		jdbc.sql("select " + by.columns + ", " + SUMS + " from " + table(f, by) + where + " group by " + by.columns
				+ " order by " + by.columns)
			.params(params)
			.query(rs -> {
				StringBuilder key = new StringBuilder();
				for (int i = 1; i <= by.width; i++) {
					key.append(i > 1 ? "|" : "").append(rs.getString(i));
				}
				result.put(key.toString(), aggregateAt(rs, by.width));
			});
		return result;
	}

	/** Sums per value of the filter's dimension (its {@code dimValue} is ignored). */
	public Map<String, Aggregate> groupedByDimension(RollupFilter f, String questionKey, String rowKey) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(f, params).replace(" and dim_value = :dv", "") + " and question_key = :q and row_key = :r";
		params.remove("dv");
		params.put("q", questionKey);
		params.put("r", rowKey == null ? "" : rowKey);
		Map<String, Aggregate> result = new LinkedHashMap<>();
		jdbc.sql("select dim_value, " + SUMS + " from " + table(f, null) + where + " group by dim_value order by dim_value")
			.params(params)
			.query(rs -> {
				result.put(rs.getString(1), aggregateAt(rs, 1));
			});
		return result;
	}

	/**
	 * How many answers (every question, row and option counted) each of some surveys of a workspace received
	 * between two days, inclusive; surveys without any are left out.
	 */
	public Map<Long, Long> answersPerSurvey(long workspaceId, List<Long> surveyIds, java.time.LocalDate from,
			java.time.LocalDate to) {
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

	/** What a rollup read can be grouped by. */
	public enum Grouping {
		QUESTION("question_key, row_key", 2), DAY("rollup_day", 1), CHANNEL("channel", 1), LANGUAGE("language", 1),
		TOUCHPOINT("touchpoint_id", 1), DIMENSION_VALUE("dim_value", 1);

		final String columns;

		final int width;

		Grouping(String columns, int width) {
			this.columns = columns;
			this.width = width;
		}
	}

	/** The values seen for a dimension of a survey (for filter choices). */
	public List<String> dimensionValues(long workspaceId, long surveyId, String dimName) {
		return jdbc.sql("""
				select distinct dim_value from metric_rollup_day where workspace_id = :ws and survey_id = :s and dim_name = :d
				order by dim_value""")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.param("d", dimName)
			.query(String.class)
			.list();
	}

	/**
	 * The table a read needs: the one without channel, language and touchpoint of the response (far fewer rows)
	 * unless the filter or the grouping names one of them.
	 */
	private static String table(RollupFilter f, Grouping by) {
		boolean fine = f.channel() != null || f.language() != null || f.touchpointId() != null || by == Grouping.CHANNEL
				|| by == Grouping.LANGUAGE || by == Grouping.TOUCHPOINT;
		return fine ? "metric_rollup" : "metric_rollup_day";
	}

	private static String where(RollupFilter f, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(
				" where workspace_id = :ws and survey_id = :s and dim_name = :dn and dim_value = :dv");
		params.put("ws", f.workspaceId());
		params.put("s", f.surveyId());
		params.put("dn", f.dimName());
		params.put("dv", f.dimValue());
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

	private static Aggregate aggregate(ResultSet rs, int row) throws SQLException {
		return aggregateAt(rs, 0);
	}

	private static Aggregate aggregateAt(ResultSet rs, int offset) throws SQLException {
		long[] h = new long[11];
		for (int i = 0; i < 11; i++) {
			h[i] = rs.getLong(offset + 4 + i);
		}
		return new Aggregate(rs.getLong(offset + 1), rs.getDouble(offset + 2), rs.getDouble(offset + 3), h);
	}

	// --- writes ------------------------------------------------------------------------------------------------

	/** The primary key of a rollup row. */
	public record Key(long workspaceId, long surveyId, String dimName, String dimValue, String questionKey,
			String rowKey, LocalDate day, String channel, String language, long touchpointId) {
	}

	/**
	 * Adds (or, with negative figures, removes) contributions, each rollup row and each day rollup row changed by
	 * one statement of a batch, rows not there yet inserted by a second batch; the caller holds the surveys' locks.
	 */
	public void add(Map<Key, Aggregate> contributions) {
		Map<List<Object>, Aggregate> days = new LinkedHashMap<>();
		Map<List<Object>, Aggregate> fine = new LinkedHashMap<>();
		contributions.forEach((k, a) -> {
			List<Object> key = Arrays.asList(keyValues(k));
			fine.merge(key, a, Aggregate::plus);
			days.merge(key.subList(0, 7), a, Aggregate::plus);
		});
		upsert("metric_rollup", COLUMNS, """
				workspace_id = ? and survey_id = ? and dim_name = ? and dim_value = ? and question_key = ? and row_key = ?
				    and rollup_day = ? and channel = ? and language = ? and touchpoint_id = ?""", fine);
		upsert("metric_rollup_day", DAY_COLUMNS, """
				workspace_id = ? and survey_id = ? and dim_name = ? and dim_value = ? and question_key = ? and row_key = ?
				    and rollup_day = ?""", days);
	}

	private void upsert(String table, String columns, String keyCondition, Map<List<Object>, Aggregate> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<List<Object>> keys = List.copyOf(rows.keySet());
		List<Object[]> updates = new ArrayList<>(keys.size());
		for (List<Object> key : keys) {
			updates.add(concat(figures(rows.get(key)), key.toArray()));
		}
		int[] updated = template.batchUpdate("""
				update %s set n = n + ?, total = total + ?, total_sq = total_sq + ?, h0 = h0 + ?, h1 = h1 + ?, h2 = h2 + ?,
				    h3 = h3 + ?, h4 = h4 + ?, h5 = h5 + ?, h6 = h6 + ?, h7 = h7 + ?, h8 = h8 + ?, h9 = h9 + ?, h10 = h10 + ?
				where %s""".formatted(table, keyCondition), updates);
		List<Object[]> inserts = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			if (updated[i] == 0) {
				inserts.add(concat(keys.get(i).toArray(), figures(rows.get(keys.get(i)))));
			}
		}
		if (!inserts.isEmpty()) {
			int width = inserts.get(0).length;
			template.batchUpdate("insert into " + table + " (" + columns + ") values (?" + ", ?".repeat(width - 1) + ")",
					inserts);
		}
	}

	private static Object[] figures(Aggregate a) {
		long[] h = a.histogram();
		Object[] figures = new Object[14];
		figures[0] = a.n();
		figures[1] = a.total();
		figures[2] = a.totalSq();
		for (int i = 0; i < 11; i++) {
			figures[3 + i] = h[i];
		}
		return figures;
	}

	/** Removes rows that no longer count anything (after removals). */
	public void dropEmpty(long surveyId) {
		jdbc.sql("delete from metric_rollup where survey_id = :s and n <= 0").param("s", surveyId).update();
		jdbc.sql("delete from metric_rollup_day where survey_id = :s and n <= 0").param("s", surveyId).update();
	}

	private static Object[] keyValues(Key k) {
		return new Object[] { k.workspaceId(), k.surveyId(), k.dimName(), k.dimValue(), k.questionKey(), k.rowKey(),
				Date.valueOf(k.day()), k.channel(), k.language(), k.touchpointId() };
	}

	private static Object[] concat(Object[] a, Object[] b) {
		Object[] all = new Object[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	public List<String> dimensions(long surveyId) {
		return jdbc.sql("select field_name from metric_dimension where survey_id = :s order by field_name")
			.param("s", surveyId)
			.query(String.class)
			.list();
	}

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
