package io.peakxm.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.peakxm.feedback.BulkResult;
import io.peakxm.feedback.FeedbackAdded;
import io.peakxm.feedback.NewFeedback;
import io.peakxm.journey.Journeys;
import io.peakxm.text.TopicRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds feedback: checks a whole batch first (all or nothing), leaves out items whose
 * source and external id are stored already (or repeat in the batch), analyses the rest
 * outside any transaction, then stores them in one transaction that also publishes
 * {@link FeedbackAdded}. Two writers racing with the same item: the loser's transaction
 * fails on the unique key and is run once more, which then leaves the item out.
 */
@Service
public class FeedbackWriter {

	private final Intake intake;

	private final Understanding understanding;

	private final FeedbackStore store;

	private final TopicStore topics;

	private final Journeys journeys;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * How long survey comments use a workspace's touchpoints and topic rules before
	 * reading them again: comments come in many small batches, and a change of a journey
	 * or a topic reaches them this much later (a topic change re-tags everything anyway).
	 */
	static final long CONTEXT_NANOS = 5_000_000_000L;

	private final Map<Long, Context> commentContexts = new ConcurrentHashMap<>();

	private record Context(Touchpoints touchpoints, TopicRules rules, long readAt) {
	}

	FeedbackWriter(Intake intake, Understanding understanding, FeedbackStore store, TopicStore topics,
			Journeys journeys, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.intake = intake;
		this.understanding = understanding;
		this.store = store;
		this.topics = topics;
		this.journeys = journeys;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a batch sent by a caller; problems are named {@code items[i].field}, or
	 * {@code row N.field} when {@code rowNumbers} gives the file's row of each item.
	 */
	public BulkResult add(long workspaceId, List<NewFeedback> batch, String prefix, List<Integer> rowNumbers) {
		Touchpoints touchpoints = Touchpoints.of(journeys, workspaceId);
		List<Prepared> checked = intake.check(workspaceId, batch, prefix, rowNumbers, touchpoints);
		return store(workspaceId, checked, touchpoints);
	}

	/**
	 * Adds one item. With an idempotency key, a key used before answers with the item it
	 * created; an item stored before (same source and external id) answers with that
	 * item.
	 */
	public Created addOne(long workspaceId, NewFeedback item, String idempotencyKey) {
		if (idempotencyKey != null) {
			Optional<Long> earlier = store.idempotent(workspaceId, idempotencyKey);
			if (earlier.isPresent()) {
				return new Created(earlier.get(), true);
			}
		}
		Touchpoints touchpoints = Touchpoints.of(journeys, workspaceId);
		Prepared p = intake.checkOne(workspaceId, item, touchpoints);
		BulkResult result = store(workspaceId, List.of(p), touchpoints);
		long id = result.created() == 1 ? result.createdIds().get(0)
				: store.idOf(workspaceId, p.source(), p.externalId()).orElseThrow();
		if (idempotencyKey != null) {
			try {
				store.rememberIdempotent(workspaceId, idempotencyKey, id, clock.instant());
			}
			catch (DuplicateKeyException raced) {
				return new Created(store.idempotent(workspaceId, idempotencyKey).orElse(id), true);
			}
		}
		return new Created(id, result.created() == 0);
	}

	/**
	 * Stores items made by PeakXM itself (survey comments), checked by their maker; items
	 * stored before are left out, so a redelivered event adds nothing.
	 */
	BulkResult addChecked(long workspaceId, List<Prepared> items) {
		if (items.isEmpty()) {
			return new BulkResult(0, 0, 0, List.of());
		}
		Context context = commentContexts.compute(workspaceId,
				(ws, known) -> (known != null && System.nanoTime() - known.readAt() < CONTEXT_NANOS) ? known
						: new Context(Touchpoints.of(journeys, ws), topics.rules(ws), System.nanoTime()));
		return store(workspaceId, items, context.touchpoints(), context.rules());
	}

	private BulkResult store(long workspaceId, List<Prepared> checked, Touchpoints touchpoints) {
		return store(workspaceId, checked, touchpoints, topics.rules(workspaceId));
	}

	private BulkResult store(long workspaceId, List<Prepared> checked, Touchpoints touchpoints, TopicRules rules) {
		try {
			return storeOnce(workspaceId, checked, touchpoints, rules);
		}
		catch (DuplicateKeyException raced) {
			return storeOnce(workspaceId, checked, touchpoints, rules);
		}
	}

	private BulkResult storeOnce(long workspaceId, List<Prepared> checked, Touchpoints touchpoints, TopicRules rules) {
		List<Prepared> fresh = fresh(checked, store.existingKeys(workspaceId, checked));
		List<Analysed> analysed = new ArrayList<>(fresh.size());
		for (Prepared p : fresh) {
			analysed.add(understanding.analyse(p, touchpoints, rules));
		}
		Instant now = clock.instant();
		List<Long> ids = transactions.execute(status -> {
			Set<String> existing = store.existingKeys(workspaceId, fresh);
			List<Analysed> toStore = analysed.stream().filter(a -> !existing.contains(a.item().key())).toList();
			List<Long> stored = store.insert(workspaceId, toStore, now);
			if (!stored.isEmpty()) {
				events.publishEvent(new FeedbackAdded(workspaceId, stored));
			}
			return stored;
		});
		return new BulkResult(checked.size(), ids.size(), checked.size() - ids.size(), ids);
	}

	/** The items not stored before, each key once (the first wins). */
	private static List<Prepared> fresh(List<Prepared> checked, Set<String> existing) {
		Set<String> seen = new HashSet<>(existing);
		return checked.stream().filter(p -> seen.add(p.key())).toList();
	}

	/** Deletes an item with its analysis; false when there is none with this id. */
	public boolean delete(long workspaceId, long id) {
		return store.delete(workspaceId, id);
	}

	/** The id of the item a single creation stored or found, and whether it existed. */
	public record Created(long id, boolean duplicate) {
	}

}
