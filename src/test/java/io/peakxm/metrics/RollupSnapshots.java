package io.peakxm.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A survey's rollup rows as comparable maps: key columns joined → figures (sums rounded
 * to thousandths).
 */
final class RollupSnapshots {

	private RollupSnapshots() {
	}

	static Map<String, String> fine(JdbcClient jdbc, long surveyId) {
		return snapshot(jdbc, "metric_rollup", surveyId, "dim_name", "dim_value", "question_key", "row_key",
				"rollup_day", "channel", "language", "touchpoint_id");
	}

	static Map<String, String> days(JdbcClient jdbc, long surveyId) {
		return snapshot(jdbc, "metric_rollup_day", surveyId, "dim_name", "dim_value", "question_key", "row_key",
				"rollup_day");
	}

	/**
	 * The number of answers to a question the rollups count over all responses (no
	 * dimension).
	 */
	static long counted(JdbcClient jdbc, long surveyId, String questionKey) {
		Long n = jdbc
			.sql("select sum(n) from metric_rollup where survey_id = :s and dim_name = '' and question_key = :q")
			.param("s", surveyId)
			.param("q", questionKey)
			.query(Long.class)
			.single();
		return n == null ? 0 : n;
	}

	private static Map<String, String> snapshot(JdbcClient jdbc, String table, long surveyId, String... keys) {
		Map<String, String> rows = new TreeMap<>();
		jdbc.sql("select * from " + table + " where survey_id = :s").param("s", surveyId).query(rs -> {
			StringBuilder figures = new StringBuilder().append(rs.getLong("n"))
				.append(' ')
				.append(Math.round(rs.getDouble("total") * 1000))
				.append(' ')
				.append(Math.round(rs.getDouble("total_sq") * 1000));
			for (int i = 0; i <= 10; i++) {
				figures.append(' ').append(rs.getLong("h" + i));
			}
			List<String> key = new ArrayList<>();
			for (String column : keys) {
				key.add(rs.getString(column));
			}
			rows.put(String.join("|", key), figures.toString());
		});
		return rows;
	}

}
