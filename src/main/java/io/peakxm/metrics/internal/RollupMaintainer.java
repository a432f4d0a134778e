package io.peakxm.metrics.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.peakxm.metrics.Aggregate;
import io.peakxm.response.ResponseDeleting;
import io.peakxm.response.ResponseSubmitted;
import io.peakxm.response.ResponsesImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the rollups current. A committed response is added after commit (through the event publication registry,
 * so it is added even after a crash, and only once: {@code metric_applied} remembers it). A response being deleted
 * is taken out in the deleting transaction. An import, or an administrator, rebuilds the survey's rollups from its
 * responses. All changes to one survey's rollups take that survey's lock, one after the other.
 */
@Component
public class RollupMaintainer {

	private static final Logger log = LoggerFactory.getLogger(RollupMaintainer.class);

	private static final Set<String> NUMERIC = Set.of("NPS", "CSAT", "CES", "RATING", "MATRIX", "NUMBER");

	private static final Set<String> CHOICE = Set.of("SINGLE_CHOICE", "MULTIPLE_CHOICE");

	private final RollupStore store;

	private final RollupRebuild rebuilder;

	private final JdbcClient jdbc;

	private final TransactionTemplate separately;

	/** Surveys whose lock row is known to exist (rows are never deleted). */
	private final Set<Long> lockRows = java.util.concurrent.ConcurrentHashMap.newKeySet();

	RollupMaintainer(RollupStore store, RollupRebuild rebuilder, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.rebuilder = rebuilder;
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener
	void on(ResponseSubmitted event) {
		lock(event.surveyId());
		if (store.markApplied(event.responseId(), event.surveyId())) {
			contributions(event.responseId(), 1).forEach(store::add);
		}
	}

	@EventListener
	void on(ResponseDeleting event) {
		lock(event.surveyId());
		if (store.unmarkApplied(event.responseId())) {
			contributions(event.responseId(), -1).forEach(store::add);
			store.dropEmpty(event.surveyId());
		}
	}

	@ApplicationModuleListener
	void on(ResponsesImported event) {
		rebuild(event.workspaceId(), event.surveyId());
	}

	/** Recomputes a survey's rollups from its responses (imports, dimension changes, the administrators' action). */
	@Transactional
	public void rebuild(long workspaceId, long surveyId) {
		long started = System.nanoTime();
		lock(surveyId);
		rebuilder.rebuild(workspaceId, surveyId);
		log.info("Rollups of survey {} rebuilt in {} ms", surveyId, (System.nanoTime() - started) / 1_000_000);
	}

	private void lock(long surveyId) {
		if (!lockRows.contains(surveyId)) {
			// The survey's lock row is created once, in its own transaction; after that only locked.
			try {
				separately.executeWithoutResult(status -> store.ensureLockRow(surveyId));
			}
			catch (DuplicateKeyException ex) {
				// Created at the same moment by another transaction: it exists now.
			}
			lockRows.add(surveyId);
		}
		store.lock(surveyId);
	}

	/** What one response adds to the rollups ({@code sign} −1 to take it out), per rollup key. */
	Map<RollupStore.Key, Aggregate> contributions(long responseId, int sign) {
		record Row(long workspaceId, long surveyId, LocalDate day, String channel, String language, long touchpoint) {
		}
		Row response = jdbc.sql("""
				select workspace_id, survey_id, submitted_at, channel, language, touchpoint_id from response where id = :id""")
			.param("id", responseId)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2),
					LocalDate.ofInstant(rs.getTimestamp(3).toInstant(), ZoneOffset.UTC), rs.getString(4), rs.getString(5),
					rs.getLong(6)))
			.optional()
			.orElse(null);
		Map<RollupStore.Key, Aggregate> result = new LinkedHashMap<>();
		if (response == null) {
			return result;
		}
		long workspaceId = response.workspaceId();
		long surveyId = response.surveyId();
		LocalDate day = response.day();
		String channel = response.channel();
		String language = response.language();
		long touchpoint = response.touchpoint();
		List<String> dims = store.dimensions(surveyId);
		Map<String, String> dimValues = new LinkedHashMap<>();
		dimValues.put("", "");
		if (!dims.isEmpty()) {
			jdbc.sql("select name, field_value from response_field where response_id = :id")
				.param("id", responseId)
				.query(rs -> {
					if (dims.contains(rs.getString(1))) {
						dimValues.put(rs.getString(1), rs.getString(2));
					}
				});
		}
		Map<String, Aggregate> perQuestion = new LinkedHashMap<>();
		Set<String> choiceQuestions = new HashSet<>();
		jdbc.sql("""
				select question_key, question_type, row_key, option_key, number_value from response_answer
				where response_id = :id""")
			.param("id", responseId)
			.query(rs -> {
				String type = rs.getString(2);
				String question = rs.getString(1);
				double value = rs.getDouble(5);
				boolean hasValue = !rs.wasNull();
				if (NUMERIC.contains(type) && hasValue) {
					String row = rs.getString(3) == null ? "" : rs.getString(3);
					perQuestion.merge(question + "\u0000" + row, single(value, sign), Aggregate::plus);
				}
				else if (CHOICE.contains(type) && rs.getString(4) != null) {
					perQuestion.merge(question + "\u0000opt:" + rs.getString(4), new Aggregate(sign, 0, 0, null),
							Aggregate::plus);
					choiceQuestions.add(question);
				}
			});
		for (String question : choiceQuestions) {
			perQuestion.put(question + "\u0000", new Aggregate(sign, 0, 0, null));
		}
		dimValues.forEach((dimName, dimValue) -> perQuestion.forEach((key, aggregate) -> {
			int split = key.indexOf('\u0000');
			result.put(new RollupStore.Key(workspaceId, surveyId, dimName, dimValue, key.substring(0, split),
					key.substring(split + 1), day, channel, language, touchpoint), aggregate);
		}));
		return result;
	}

	private static Aggregate single(double value, int sign) {
		long[] histogram = new long[11];
		if (value >= 0 && value <= 10 && value == Math.rint(value)) {
			histogram[(int) value] = sign;
		}
		return new Aggregate(sign, sign * value, sign * value * value, histogram);
	}
}
