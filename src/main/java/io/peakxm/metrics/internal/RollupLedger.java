package io.peakxm.metrics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rollups' bookkeeping: which responses are counted ({@code metric_applied}, so that
 * a redelivered event adds nothing) and each survey's lock row
 * ({@code metric_survey_lock}), which every change to its rollups takes.
 */
@Repository
class RollupLedger {

	/** Rows inserted per batch. */
	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	RollupLedger(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Marks responses (response id → survey id) counted, in one batch; returns those that
	 * were not counted yet (a redelivered event finds its responses counted already).
	 */
	List<Long> markApplied(Map<Long, Long> surveyByResponse) {
		List<Long> ids = List.copyOf(surveyByResponse.keySet());
		List<Object[]> rows = new ArrayList<>(ids.size());
		ids.forEach(id -> rows.add(new Object[] { id, surveyByResponse.get(id), id }));
		int[] inserted = template.batchUpdate("""
				insert into metric_applied (response_id, survey_id)
				select ?, ? where not exists (select 1 from metric_applied where response_id = ?)""", rows);
		List<Long> fresh = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			if (inserted[i] == 1) {
				fresh.add(ids.get(i));
			}
		}
		return fresh;
	}

	/**
	 * Marks exactly these responses of a survey counted (a rebuild), in batches into the
	 * survey's emptied rows.
	 */
	void replaceApplied(long surveyId, List<Long> responseIds) {
		jdbc.sql("delete from metric_applied where survey_id = :s").param("s", surveyId).update();
		List<Object[]> rows = new ArrayList<>(Math.min(responseIds.size(), BATCH));
		for (Long id : responseIds) {
			rows.add(new Object[] { id, surveyId });
			if (rows.size() == BATCH) {
				template.batchUpdate("insert into metric_applied (response_id, survey_id) values (?, ?)", rows);
				rows.clear();
			}
		}
		if (!rows.isEmpty()) {
			template.batchUpdate("insert into metric_applied (response_id, survey_id) values (?, ?)", rows);
		}
	}

	/** Unmarks a response; true if it was counted. */
	boolean unmarkApplied(long responseId) {
		return jdbc.sql("delete from metric_applied where response_id = :r").param("r", responseId).update() == 1;
	}

	/**
	 * Takes the survey's rollup lock until the transaction ends (the row must exist, see
	 * {@link #ensureLockRow}).
	 */
	void lock(long surveyId) {
		jdbc.sql("select survey_id from metric_survey_lock where survey_id = :s for update")
			.param("s", surveyId)
			.query(Long.class)
			.list();
	}

	/**
	 * Creates the survey's lock row if missing; false if someone else created it
	 * meanwhile.
	 */
	boolean ensureLockRow(long surveyId) {
		return jdbc.sql("""
				insert into metric_survey_lock (survey_id)
				select :s where not exists (select 1 from metric_survey_lock where survey_id = :s)""")
			.param("s", surveyId)
			.update() == 1;
	}

}
