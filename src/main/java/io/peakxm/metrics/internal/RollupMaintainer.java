package io.peakxm.metrics.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.peakxm.response.ResponseDeleting;
import io.peakxm.response.ResponseBatchSubmitted;
import io.peakxm.response.ResponsesImported;
import io.peakxm.shared.Combiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the rollups current. Committed responses are added after commit from the group commits' batch events
 * (through the event publication registry, so they are added even after a crash, and only once: {@code
 * metric_applied} remembers each response), several batches per transaction under load. A response being deleted
 * is taken out in the deleting transaction. An import, or an administrator, rebuilds the survey's rollups from its
 * responses. All changes to one survey's rollups take that survey's lock, one after the other.
 */
@Component
public class RollupMaintainer {

	private static final Logger log = LoggerFactory.getLogger(RollupMaintainer.class);

	private final RollupStore store;

	private final RollupRebuild rebuilder;

	private final RollupContributions contributions;

	private final RollupLedger ledger;

	private final TransactionTemplate separately;

	/** Batches of committed responses waiting to be added (at most this many batches per transaction). */
	private final Combiner<ResponseBatchSubmitted> batches = new Combiner<>(32, this::addTogether);

	/** Surveys whose lock row is known to exist (rows are never deleted). */
	private final Set<Long> lockRows = java.util.concurrent.ConcurrentHashMap.newKeySet();

	RollupMaintainer(RollupStore store, RollupRebuild rebuilder, RollupContributions contributions,
			RollupLedger ledger, PlatformTransactionManager transactions) {
		this.store = store;
		this.rebuilder = rebuilder;
		this.contributions = contributions;
		this.ledger = ledger;
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
		batches.apply(batch);
	}

	/**
	 * Adds batches in one transaction: each survey's lock in id order, the responses not yet counted marked, and
	 * their contributions summed per rollup row (from the answers the events carry), so each row is written once.
	 */
	private void addTogether(List<ResponseBatchSubmitted> waiting) {
		Map<Long, Long> surveyByResponse = new LinkedHashMap<>();
		Map<Long, ResponseBatchSubmitted.Contents> contents = new HashMap<>();
		for (ResponseBatchSubmitted batch : waiting) {
			batch.responses().forEach(r -> surveyByResponse.put(r.responseId(), r.surveyId()));
			contents.putAll(batch.contentsById());
		}
		separately.executeWithoutResult(status -> {
			new TreeSet<>(surveyByResponse.values()).forEach(this::lock);
			store.add(contributions.of(ledger.markApplied(surveyByResponse), 1, contents));
		});
	}

	@EventListener
	void on(ResponseDeleting event) {
		lock(event.surveyId());
		if (ledger.unmarkApplied(event.responseId())) {
			store.add(contributions.of(List.of(event.responseId()), -1));
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
				separately.executeWithoutResult(status -> ledger.ensureLockRow(surveyId));
			}
			catch (DuplicateKeyException ex) {
				// Created at the same moment by another transaction: it exists now.
			}
			lockRows.add(surveyId);
		}
		ledger.lock(surveyId);
	}
}
