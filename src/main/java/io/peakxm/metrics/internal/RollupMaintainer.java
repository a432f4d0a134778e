package io.peakxm.metrics.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.peakxm.response.ResponseDeleting;
import io.peakxm.response.ResponseBatchSubmitted;
import io.peakxm.response.ResponsesImported;
import io.peakxm.shared.Combiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the rollups current. Committed responses are added after commit from the group
 * commits' batch events (through the event publication registry, so they are added even
 * after a crash, and only once: {@code
 * metric_applied} remembers each response), several batches per transaction under load. A
 * response being deleted is taken out in the deleting transaction. An import, or an
 * administrator, rebuilds the survey's rollups from its responses. All changes to one
 * survey's rollups take that survey's lock, one after the other.
 * <p>
 * Listeners of the metrics module follow one style: events that happened (committed
 * responses, imports) are handled by {@link ApplicationModuleListener}s — after the
 * commit, asynchronously, through the event publication registry, each with an explicit
 * id ({@link #BATCH_LISTENER}, {@link #IMPORT_LISTENER}) because the registry stores it
 * with every publication: a renamed class or method must not orphan publications still
 * outstanding (docs/metrics.md, "Stored names"). The one exception is
 * {@link ResponseDeleting}, an event about something that is about to happen: its
 * listener is a plain synchronous {@link EventListener}, so the rollups lose the response
 * in the deleting transaction, both or neither, and no registry entry is needed.
 */
@Component
class RollupMaintainer implements RollupRebuilder {

	/**
	 * The stored id of the listener that adds committed responses (never change it: see
	 * the class comment).
	 */
	static final String BATCH_LISTENER = "metrics.rollups.add-submitted";

	/** The stored id of the listener that rebuilds a survey's rollups after an import. */
	static final String IMPORT_LISTENER = "metrics.rollups.rebuild-imported";

	private static final Logger log = LoggerFactory.getLogger(RollupMaintainer.class);

	private final RollupWrites writes;

	private final RollupRebuild rebuilder;

	private final RollupContributions contributions;

	private final RollupLedger ledger;

	private final TransactionTemplate separately;

	/**
	 * Batches of committed responses waiting to be added (at most this many batches per
	 * transaction).
	 */
	private final Combiner<ResponseBatchSubmitted> batches = new Combiner<>(32, this::addTogether);

	/** Surveys whose lock row is known to exist (rows are never deleted). */
	private final Set<Long> lockRows = ConcurrentHashMap.newKeySet();

	RollupMaintainer(RollupWrites writes, RollupRebuild rebuilder, RollupContributions contributions,
			RollupLedger ledger, PlatformTransactionManager transactions) {
		this.writes = writes;
		this.rebuilder = rebuilder;
		this.contributions = contributions;
		this.ledger = ledger;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Adds the responses a group commit wrote. Batches that arrive while another
	 * transaction is adding are added together in the next one ({@link Combiner}): all of
	 * one survey's rollup changes take its lock, so under load fewer, larger transactions
	 * keep up where one transaction per batch queued on the lock. Returns when this batch
	 * is committed, so the registry marks its publication complete only then. Runs
	 * without a transaction of its own ({@code NOT_SUPPORTED}): the combined transactions
	 * are made by whichever waiting listener adds them, and a listener waiting for its
	 * batch holds no connection.
	 */
	@ApplicationModuleListener(id = BATCH_LISTENER, propagation = Propagation.NOT_SUPPORTED)
	void on(ResponseBatchSubmitted batch) {
		batches.apply(batch);
	}

	/**
	 * Adds batches in one transaction: each survey's lock in id order, the responses not
	 * yet counted marked, and their contributions summed per rollup row (from the answers
	 * the events carry), so each row is written once.
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
			writes.add(contributions.of(ledger.markApplied(surveyByResponse), 1, contents));
		});
	}

	/**
	 * Takes a response out, in the deleting transaction (while its answers can still be
	 * read).
	 */
	@EventListener
	void on(ResponseDeleting event) {
		lock(event.surveyId());
		if (ledger.unmarkApplied(event.responseId())) {
			writes.add(contributions.of(List.of(event.responseId()), -1));
			writes.dropEmpty(event.surveyId());
		}
	}

	/** Rebuilds the survey's rollups after an import, in a transaction of its own. */
	@ApplicationModuleListener(id = IMPORT_LISTENER)
	void on(ResponsesImported event) {
		rebuild(event.workspaceId(), event.surveyId());
	}

	@Override
	@Transactional
	public void rebuild(long workspaceId, long surveyId) {
		long started = System.nanoTime();
		lock(surveyId);
		rebuilder.rebuild(workspaceId, surveyId);
		log.info("Rollups of survey {} rebuilt in {} ms", surveyId, (System.nanoTime() - started) / 1_000_000);
	}

	private void lock(long surveyId) {
		if (!lockRows.contains(surveyId)) {
			// The survey's lock row is created once, in its own transaction; after that
			// only locked.
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
