package io.peakxm.metrics.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static io.peakxm.metrics.internal.RollupStore.CHOICE_TYPES;
import static io.peakxm.metrics.internal.RollupStore.COLUMNS;
import static io.peakxm.metrics.internal.RollupStore.DAY_COLUMNS;
import static io.peakxm.metrics.internal.RollupStore.NUMERIC_TYPES;
import static io.peakxm.metrics.internal.RollupStore.SUMS;

/**
 * Recomputes a survey's rollups from its responses by aggregation in the database (it reads the response module's
 * tables; they are its to write): numeric answers, choice options and choice respondents, for all responses and per
 * configured dimension, then the day table from the fine one. The caller holds the survey's lock.
 */
@Component
class RollupRebuild {

	private final JdbcClient jdbc;

	private final RollupStore store;

	RollupRebuild(JdbcClient jdbc, RollupStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/**
	 * Recomputes a survey's rollups from its responses in one pass per kind (numeric answers, choice options,
	 * choice respondents), for all responses and per configured dimension. The responses counted are fixed first:
	 * one statement marks every response committed so far, and the aggregations take only marked responses. Each
	 * statement sees what is committed when it starts, so aggregating first and marking afterwards would mark
	 * responses committed in between as counted without adding them; marked first, such a response stays unmarked
	 * and its batch listener adds it after this transaction (it waits for the survey's lock).
	 */
	public void rebuild(long workspaceId, long surveyId) {
		jdbc.sql("delete from metric_rollup where survey_id = :s").param("s", surveyId).update();
		jdbc.sql("delete from metric_rollup_day where survey_id = :s").param("s", surveyId).update();
		jdbc.sql("delete from metric_applied where survey_id = :s").param("s", surveyId).update();
		jdbc.sql("insert into metric_applied (response_id, survey_id) select id, survey_id from response where survey_id = :s")
			.param("s", surveyId)
			.update();
		List<String> dims = store.dimensions(surveyId);
		insertAggregated(workspaceId, surveyId, null);
		for (String dim : dims) {
			insertAggregated(workspaceId, surveyId, dim);
		}
		jdbc.sql("insert into metric_rollup_day (" + DAY_COLUMNS + ") select workspace_id, survey_id, dim_name, dim_value,"
				+ " question_key, row_key, rollup_day, " + SUMS + " from metric_rollup where survey_id = :s"
				+ " group by workspace_id, survey_id, dim_name, dim_value, question_key, row_key, rollup_day")
			.param("s", surveyId)
			.update();
	}

	private void insertAggregated(long workspaceId, long surveyId, String dim) {
		String dimName = dim == null ? "''" : ":dim";
		String dimValue = dim == null ? "''" : "f.field_value";
		String dimJoin = dim == null ? "" : " join response_field f on f.response_id = r.id and f.name = :dim";
		String day = "cast(r.submitted_at at time zone 'UTC' as date)";
		String keys = "r.workspace_id, r.survey_id, " + dimName + ", " + dimValue + ", a.question_key, %s, " + day
				+ ", r.channel, r.language, coalesce(r.touchpoint_id, 0)";
		String groupBy = " group by r.workspace_id, r.survey_id" + (dim == null ? "" : ", f.field_value")
				+ ", a.question_key, %s, " + day + ", r.channel, r.language, coalesce(r.touchpoint_id, 0)";
		String from = " from response r join metric_applied m on m.response_id = r.id"
				+ " join response_answer a on a.response_id = r.id" + dimJoin
				+ " where r.workspace_id = :ws and r.survey_id = :s";
		// Numeric answers: count, sum, sum of squares, histogram of 0..10.
		String numeric = numericSql(keys, groupBy, from);
		run(numeric, workspaceId, surveyId, dim);
		String options = "insert into metric_rollup (" + COLUMNS + ") select "
				+ keys.formatted("'opt:' || a.option_key") + ", count(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0" + from
				+ " and a.question_type in (" + CHOICE_TYPES + ") and a.option_key is not null"
				+ groupBy.formatted("a.option_key");
		run(options, workspaceId, surveyId, dim);
		String respondents = "insert into metric_rollup (" + COLUMNS + ") select " + keys.formatted("''")
				+ ", count(distinct r.id), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0" + from + " and a.question_type in ("
				+ CHOICE_TYPES + ") and a.option_key is not null" + groupBy.formatted("''").replace(", '',", ",");
		run(respondents, workspaceId, surveyId, dim);
	}

	private static String numericSql(String keys, String groupBy, String from) {
		String v = "a.number_value";
		StringBuilder histogram = new StringBuilder();
		for (int i = 0; i <= 10; i++) {
			histogram.append(i == 0 ? "" : ", ").append("sum(case when ").append(v).append(" = ").append(i)
				.append(" then 1 else 0 end)");
		}
		return "insert into metric_rollup (" + COLUMNS + ") select " + keys.formatted("coalesce(a.row_key, '')")
				+ ", count(*), sum(" + v + "), sum(" + v + " * " + v + "), " + histogram + from + " and a.question_type in ("
				+ NUMERIC_TYPES + ") and a.number_value is not null" + groupBy.formatted("coalesce(a.row_key, '')");
	}

	private void run(String sql, long workspaceId, long surveyId, String dim) {
		var statement = jdbc.sql(sql).param("ws", workspaceId).param("s", surveyId);
		if (dim != null) {
			statement = statement.param("dim", dim);
		}
		statement.update();
	}
}
