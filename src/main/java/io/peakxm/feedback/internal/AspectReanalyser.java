package io.peakxm.feedback.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.peakxm.feedback.FeedbackItem.AspectTag;
import io.peakxm.feedback.RetagProgress;
import io.peakxm.journey.Journeys;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the touchpoints in a workspace's stored feedback again after a touchpoint got a
 * keyword (an accepted synonym): in the background (one worker thread for all
 * workspaces), over the items about the changed journeys or about none, a batch of
 * {@value #BATCH} items per transaction, replacing each item's aspects, reporting
 * progress. A change while a pass runs starts another pass when it ends. Progress is kept
 * by the node that runs the pass.
 */
@Component
class AspectReanalyser {

	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(AspectReanalyser.class);

	private final SynonymStore store;

	private final Understanding understanding;

	private final Journeys journeys;

	private final TransactionTemplate transactions;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "feedback-aspects");
		t.setDaemon(true);
		return t;
	});

	private final Map<Long, RetagProgress> progress = new ConcurrentHashMap<>();

	/** The journeys whose items wait for the next pass, by workspace. */
	private final Map<Long, Set<Long>> pending = new ConcurrentHashMap<>();

	AspectReanalyser(SynonymStore store, Understanding understanding, Journeys journeys,
			TransactionTemplate transactions) {
		this.store = store;
		this.understanding = understanding;
		this.journeys = journeys;
		this.transactions = transactions;
	}

	/**
	 * Starts a pass over the items about the journey (or queues one after the running
	 * pass).
	 */
	synchronized void start(long workspaceId, long journeyId) {
		pending.computeIfAbsent(workspaceId, k -> ConcurrentHashMap.newKeySet()).add(journeyId);
		RetagProgress now = progress.get(workspaceId);
		if (now != null && now.running()) {
			return;
		}
		progress.put(workspaceId, new RetagProgress(true, 0, store.count(workspaceId, List.of(journeyId))));
		worker.submit(() -> run(workspaceId));
	}

	RetagProgress progress(long workspaceId) {
		return progress.getOrDefault(workspaceId, RetagProgress.IDLE);
	}

	private void run(long workspaceId) {
		try {
			Set<Long> journeyIds;
			while ((journeyIds = next(workspaceId)) != null) {
				pass(workspaceId, journeyIds);
			}
		}
		catch (RuntimeException e) {
			log.error("Re-analysing the touchpoints in the feedback of workspace {} failed", workspaceId, e);
			abandon(workspaceId);
		}
	}

	private synchronized void abandon(long workspaceId) {
		pending.remove(workspaceId);
		finish(workspaceId);
	}

	/**
	 * The journeys of the next pass, or null (and the progress stopped) when none wait.
	 */
	private synchronized Set<Long> next(long workspaceId) {
		Set<Long> journeyIds = pending.remove(workspaceId);
		if (journeyIds == null || journeyIds.isEmpty()) {
			finish(workspaceId);
			return null;
		}
		return Set.copyOf(journeyIds);
	}

	private void finish(long workspaceId) {
		RetagProgress last = progress(workspaceId);
		progress.put(workspaceId, new RetagProgress(false, last.done(), last.total()));
	}

	private void pass(long workspaceId, Set<Long> journeyIds) {
		Touchpoints touchpoints = Touchpoints.of(journeys, workspaceId);
		long total = store.count(workspaceId, journeyIds);
		long done = 0;
		long after = 0;
		progress.put(workspaceId, new RetagProgress(true, 0, total));
		while (true) {
			List<SynonymStore.Text> texts = store.texts(workspaceId, journeyIds, after, BATCH);
			if (texts.isEmpty()) {
				return;
			}
			Map<Long, List<AspectTag>> aspects = new LinkedHashMap<>();
			for (SynonymStore.Text t : texts) {
				aspects.put(t.id(), understanding.aspects(t.body(), t.journeyId(), touchpoints));
			}
			transactions.executeWithoutResult(status -> store.replaceAspects(workspaceId, aspects));
			after = texts.get(texts.size() - 1).id();
			done += texts.size();
			progress.put(workspaceId, new RetagProgress(true, Math.min(done, total), Math.max(done, total)));
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

}
