package io.peakxm.metrics.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.metrics.Aggregate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Changes to the rollup tables: contributions added (or taken out) row by row, and a
 * survey's rollups replaced whole. Each fine row ({@code metric_rollup}) also adds to its
 * day row ({@code metric_rollup_day}), which sums a day over channel, language and
 * touchpoint. The caller holds the surveys' locks.
 */
@Repository
class RollupWrites {

	private static final String FINE_COLUMNS = """
			workspace_id, survey_id, dim_name, dim_value, question_key, row_key, rollup_day, channel, language,
			touchpoint_id, n, total, total_sq, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10""";

	private static final String DAY_COLUMNS = """
			workspace_id, survey_id, dim_name, dim_value, question_key, row_key, rollup_day, n, total, total_sq, h0, h1, h2,
			h3, h4, h5, h6, h7, h8, h9, h10""";

	private static final String FINE_KEY = """
			workspace_id = ? and survey_id = ? and dim_name = ? and dim_value = ? and question_key = ? and row_key = ?
			    and rollup_day = ? and channel = ? and language = ? and touchpoint_id = ?""";

	private static final String DAY_KEY = """
			workspace_id = ? and survey_id = ? and dim_name = ? and dim_value = ? and question_key = ? and row_key = ?
			    and rollup_day = ?""";

	/** The figures of a row: count, sum, sum of squares and the histogram of 0–10. */
	private static final int FIGURES = 14;

	/** The key columns of a day row: the first of a fine row's. */
	private static final int DAY_KEY_WIDTH = 7;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	RollupWrites(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Adds (or, with negative figures, removes) contributions: each rollup row and each
	 * day row changed by one statement of a batch, rows not there yet inserted by a
	 * second batch.
	 */
	void add(Map<RollupKey, Aggregate> contributions) {
		Rows rows = Rows.of(contributions);
		upsert("metric_rollup", FINE_COLUMNS, FINE_KEY, rows.fine());
		upsert("metric_rollup_day", DAY_COLUMNS, DAY_KEY, rows.days());
	}

	/**
	 * Replaces all rollups of a survey by these rows (a rebuild): deleted, then inserted
	 * by one batch per table.
	 */
	void replace(long surveyId, Map<RollupKey, Aggregate> contributions) {
		jdbc.sql("delete from metric_rollup where survey_id = :s").param("s", surveyId).update();
		jdbc.sql("delete from metric_rollup_day where survey_id = :s").param("s", surveyId).update();
		Rows rows = Rows.of(contributions);
		insert("metric_rollup", FINE_COLUMNS, rows.fine());
		insert("metric_rollup_day", DAY_COLUMNS, rows.days());
	}

	/** Removes rows that no longer count anything (after removals). */
	void dropEmpty(long surveyId) {
		jdbc.sql("delete from metric_rollup where survey_id = :s and n <= 0").param("s", surveyId).update();
		jdbc.sql("delete from metric_rollup_day where survey_id = :s and n <= 0").param("s", surveyId).update();
	}

	/** Contributions as column values of fine rows and, summed, of day rows. */
	private record Rows(Map<List<Object>, Aggregate> fine, Map<List<Object>, Aggregate> days) {

		static Rows of(Map<RollupKey, Aggregate> contributions) {
			Rows rows = new Rows(new LinkedHashMap<>(), new LinkedHashMap<>());
			contributions.forEach((k, a) -> {
				List<Object> key = Arrays.asList(k.workspaceId(), k.surveyId(), k.dimName(), k.dimValue(),
						k.answer().question(), k.answer().row(), Date.valueOf(k.day()), k.channel(), k.language(),
						k.touchpointId());
				rows.fine.merge(key, a, Aggregate::plus);
				rows.days.merge(key.subList(0, DAY_KEY_WIDTH), a, Aggregate::plus);
			});
			return rows;
		}
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
		int[] updated = template.batchUpdate(
				"""
						update %s set n = n + ?, total = total + ?, total_sq = total_sq + ?, h0 = h0 + ?, h1 = h1 + ?, h2 = h2 + ?,
						    h3 = h3 + ?, h4 = h4 + ?, h5 = h5 + ?, h6 = h6 + ?, h7 = h7 + ?, h8 = h8 + ?, h9 = h9 + ?, h10 = h10 + ?
						where %s"""
					.formatted(table, keyCondition),
				updates);
		Map<List<Object>, Aggregate> missing = new LinkedHashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			if (updated[i] == 0) {
				missing.put(keys.get(i), rows.get(keys.get(i)));
			}
		}
		insert(table, columns, missing);
	}

	private void insert(String table, String columns, Map<List<Object>, Aggregate> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<Object[]> inserts = new ArrayList<>(rows.size());
		rows.forEach((key, a) -> inserts.add(concat(key.toArray(), figures(a))));
		int width = inserts.get(0).length;
		template.batchUpdate("insert into " + table + " (" + columns + ") values (?" + ", ?".repeat(width - 1) + ")",
				inserts);
	}

	private static Object[] figures(Aggregate a) {
		long[] h = a.histogram();
		Object[] figures = new Object[FIGURES];
		figures[0] = a.n();
		figures[1] = a.total();
		figures[2] = a.totalSq();
		for (int i = 0; i < 11; i++) {
			figures[3 + i] = h[i];
		}
		return figures;
	}

	private static Object[] concat(Object[] a, Object[] b) {
		Object[] all = new Object[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
