package io.peakxm.metrics.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.peakxm.metrics.Aggregate;
import io.peakxm.response.ResponseDeleting;
import io.peakxm.response.ResponseBatchSubmitted;
import io.peakxm.response.ResponsesImported;
import io.peakxm.shared.Combiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the rollups current. Committed responses are added after commit, a group commit's batch at a time (through
 * the event publication registry, so they are added even after a crash, and only once: {@code metric_applied}
 * remembers each response). A response being deleted
 * is taken out in the deleting transaction. An import, or an administrator, rebuilds the survey's rollups from its
 * responses. All changes to one survey's rollups take that survey's lock, one after the other.
 */
@Component
public class RollupMaintainer {

	private static final Logger log = LoggerFactory.getLogger(RollupMaintainer.class);

	private static final Set<String> NUMERIC = Set.of("NPS", "CSAT", "CES", "RATING", "MATRIX", "NUMBER");

	private static final Set<String> CHOICE = Set.of("SINGLE_CHOICE", "MULTIPLE_CHOICE");

	/** Responses read per query (bounds the IN lists). */
	private static final int CHUNK = 500;

	private final RollupStore store;

	private final RollupRebuild rebuilder;

	private final JdbcClient jdbc;

	private final TransactionTemplate separately;

	/** Batches of committed responses waiting to be added (at most this many batches per transaction). */
	private final Combiner<Map<Long, Long>> batches = new Combiner<>(32, this::addTogether);

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

	/**
	 * Adds the responses a group commit wrote. Batches that arrive while another transaction is adding are added
	 * together in the next one ({@link Combiner}): all of one survey's rollup changes take its lock, so under load
	 * fewer, larger transactions keep up where one transaction per batch queued on the lock. Returns when this
	 * batch is committed, so the registry marks its publication complete only then.
	 */
	@Async
	@TransactionalEventListener
	void on(ResponseBatchSubmitted batch) {
		Map<Long, Long> surveyByResponse = new LinkedHashMap<>();
		batch.responses().forEach(r -> surveyByResponse.put(r.responseId(), r.surveyId()));
		batches.apply(surveyByResponse);
	}

	/**
	 * Adds batches in one transaction: each survey's lock in id order, the responses not yet counted marked, and
	 * their contributions summed per rollup row, so each row is written once.
	 */
	private void addTogether(List<Map<Long, Long>> waiting) {
		Map<Long, Long> surveyByResponse = new LinkedHashMap<>();
		waiting.forEach(surveyByResponse::putAll);
		separately.executeWithoutResult(status -> {
			new TreeSet<>(surveyByResponse.values()).forEach(this::lock);
			store.add(contributions(store.markApplied(surveyByResponse), 1));
		});
	}

	@EventListener
	void on(ResponseDeleting event) {
		lock(event.surveyId());
		if (store.unmarkApplied(event.responseId())) {
			store.add(contributions(List.of(event.responseId()), -1));
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

	/** What the responses add to the rollups ({@code sign} −1 to take them out), summed per rollup key. */
	Map<RollupStore.Key, Aggregate> contributions(List<Long> responseIds, int sign) {
		Map<RollupStore.Key, Aggregate> result = new HashMap<>();
		for (int from = 0; from < responseIds.size(); from += CHUNK) {
			contributions(responseIds.subList(from, Math.min(responseIds.size(), from + CHUNK)), sign, result);
		}
		return result;
	}

	private void contributions(List<Long> responseIds, int sign, Map<RollupStore.Key, Aggregate> result) {
		record Row(long workspaceId, long surveyId, LocalDate day, String channel, String language, long touchpoint) {
		}
		Map<Long, Row> responses = new HashMap<>();
		jdbc.sql("""
				select id, workspace_id, survey_id, submitted_at, channel, language, touchpoint_id from response
				where id in (:ids)""")
			.param("ids", responseIds)
			.query(rs -> {
				responses.put(rs.getLong(1), new Row(rs.getLong(2), rs.getLong(3),
						LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), ZoneOffset.UTC), rs.getString(5),
						rs.getString(6), rs.getLong(7)));
			});
		if (responses.isEmpty()) {
			return;
		}
		Map<Long, List<String>> dimsBySurvey = new HashMap<>();
		responses.values().forEach(r -> dimsBySurvey.computeIfAbsent(r.surveyId(), store::dimensions));
		Map<Long, Map<String, String>> dimValues = new HashMap<>();
		responses.keySet().forEach(id -> dimValues.put(id, new LinkedHashMap<>(Map.of("", ""))));
		if (dimsBySurvey.values().stream().anyMatch(dims -> !dims.isEmpty())) {
			jdbc.sql("select response_id, name, field_value from response_field where response_id in (:ids)")
				.param("ids", List.copyOf(responses.keySet()))
				.query(rs -> {
					long id = rs.getLong(1);
					Row response = responses.get(id);
					if (dimsBySurvey.get(response.surveyId()).contains(rs.getString(2))) {
						dimValues.get(id).put(rs.getString(2), rs.getString(3));
					}
				});
		}
		Map<Long, Map<String, Aggregate>> perQuestion = new HashMap<>();
		Map<Long, Set<String>> choiceQuestions = new HashMap<>();
		jdbc.sql("""
				select response_id, question_key, question_type, row_key, option_key, number_value from response_answer
				where response_id in (:ids)""")
			.param("ids", List.copyOf(responses.keySet()))
			.query(rs -> {
				long id = rs.getLong(1);
				String question = rs.getString(2);
				String type = rs.getString(3);
				double value = rs.getDouble(6);
				boolean hasValue = !rs.wasNull();
				Map<String, Aggregate> questions = perQuestion.computeIfAbsent(id, k -> new LinkedHashMap<>());
				if (NUMERIC.contains(type) && hasValue) {
					String row = rs.getString(4) == null ? "" : rs.getString(4);
					questions.merge(question + "\u0000" + row, single(value, sign), Aggregate::plus);
				}
				else if (CHOICE.contains(type) && rs.getString(5) != null) {
					questions.merge(question + "\u0000opt:" + rs.getString(5), new Aggregate(sign, 0, 0, null),
							Aggregate::plus);
					choiceQuestions.computeIfAbsent(id, k -> new HashSet<>()).add(question);
				}
			});
		choiceQuestions.forEach((id, questions) -> questions
			.forEach(question -> perQuestion.get(id).put(question + "\u0000", new Aggregate(sign, 0, 0, null))));
		perQuestion.forEach((id, questions) -> {
			Row r = responses.get(id);
			dimValues.get(id).forEach((dimName, dimValue) -> questions.forEach((key, aggregate) -> {
				int split = key.indexOf('\u0000');
				result.merge(new RollupStore.Key(r.workspaceId(), r.surveyId(), dimName, dimValue, key.substring(0, split),
						key.substring(split + 1), r.day(), r.channel(), r.language(), r.touchpoint()), aggregate,
						Aggregate::plus);
			}));
		});
	}

	private static Aggregate single(double value, int sign) {
		long[] histogram = new long[11];
		if (value >= 0 && value <= 10 && value == Math.rint(value)) {
			histogram[(int) value] = sign;
		}
		return new Aggregate(sign, sign * value, sign * value * value, histogram);
	}
}
