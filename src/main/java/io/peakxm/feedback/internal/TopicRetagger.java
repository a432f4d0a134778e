package io.peakxm.feedback.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.peakxm.feedback.RetagProgress;
import io.peakxm.text.TopicRules;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-tags a workspace's stored feedback with its current topics after the taxonomy
 * changed, in the background (one worker thread for all workspaces), a batch of
 * {@value #BATCH} items per transaction, reporting progress. A change while a re-tag runs
 * starts another pass when it ends, so the last taxonomy always wins. Progress is kept by
 * the node that runs the pass.
 */
@Component
class TopicRetagger {

	static final int BATCH = 2_000;

	private static final Logger log = LoggerFactory.getLogger(TopicRetagger.class);

	private final FeedbackStore store;

	private final TopicStore topics;

	private final TransactionTemplate transactions;

	/** What people set by hand stands over what the rules find. */
	private final TopicOverrides overrides;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "feedback-retag");
		t.setDaemon(true);
		return t;
	});

	private final Map<Long, RetagProgress> progress = new ConcurrentHashMap<>();

	private final Map<Long, Boolean> again = new ConcurrentHashMap<>();

	TopicRetagger(FeedbackStore store, TopicStore topics, TopicOverrides overrides, TransactionTemplate transactions) {
		this.overrides = overrides;
		this.store = store;
		this.topics = topics;
		this.transactions = transactions;
	}

	/**
	 * Starts a pass over the workspace's feedback (or queues one after the running pass).
	 */
	void start(long workspaceId) {
		RetagProgress now = progress.get(workspaceId);
		if (now != null && now.running()) {
			again.put(workspaceId, true);
			return;
		}
		progress.put(workspaceId, new RetagProgress(true, 0, store.count(workspaceId)));
		worker.submit(() -> run(workspaceId));
	}

	RetagProgress progress(long workspaceId) {
		return progress.getOrDefault(workspaceId, RetagProgress.IDLE);
	}

	private void run(long workspaceId) {
		try {
			do {
				again.remove(workspaceId);
				pass(workspaceId);
			}
			while (again.remove(workspaceId) != null);
		}
		catch (RuntimeException e) {
			log.error("Re-tagging the feedback of workspace {} failed", workspaceId, e);
		}
		finally {
			RetagProgress last = progress(workspaceId);
			progress.put(workspaceId, new RetagProgress(false, last.done(), last.total()));
		}
	}

	private void pass(long workspaceId) {
		TopicRules rules = topics.rules(workspaceId);
		long total = store.count(workspaceId);
		long done = 0;
		long after = 0;
		progress.put(workspaceId, new RetagProgress(true, 0, total));
		while (true) {
			Map<Long, String> texts = store.texts(workspaceId, after, BATCH);
			if (texts.isEmpty()) {
				return;
			}
			Map<Long, List<Long>> tags = new LinkedHashMap<>();
			texts.forEach((id, text) -> tags.put(id,
					new ArrayList<>(rules.match(text).stream().map(Long::parseLong).sorted().toList())));
			transactions.executeWithoutResult(status -> {
				overrides.applyTo(workspaceId, tags);
				store.replaceTopics(workspaceId, tags);
			});
			after = texts.keySet().stream().mapToLong(Long::longValue).max().orElse(after);
			done += texts.size();
			progress.put(workspaceId, new RetagProgress(true, Math.min(done, total), Math.max(done, total)));
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

}
