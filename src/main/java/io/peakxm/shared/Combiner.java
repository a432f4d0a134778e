package io.peakxm.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Combines work that arrives on several threads into fewer, larger units, without a
 * thread of its own. A caller's item waits in a queue; whichever caller gets the turn
 * takes everything waiting (up to a maximum) and hands it to the work in one call, for
 * instance one transaction, while later arrivals queue for the next turn. Each caller
 * returns when its own item is done and gets that item's own failure: when a combined
 * call fails, its items are tried again one by one, so one bad item never fails its
 * neighbours.
 *
 * @param <T> the item
 */
public final class Combiner<T> {

	private record Waiting<T>(T item, CompletableFuture<Void> done) {
	}

	private final Queue<Waiting<T>> queue = new ConcurrentLinkedQueue<>();

	private final ReentrantLock turn = new ReentrantLock();

	private final int maxItems;

	private final Consumer<List<T>> work;

	/**
	 * {@code work} does all the items it is given or throws; {@code maxItems} bounds one
	 * call.
	 */
	public Combiner(int maxItems, Consumer<List<T>> work) {
		if (maxItems < 1) {
			throw new IllegalArgumentException("maxItems must be at least 1");
		}
		this.maxItems = maxItems;
		this.work = work;
	}

	/**
	 * Does the item, together with whatever else is waiting; returns when it is done, or
	 * throws its failure.
	 */
	public void apply(T item) {
		Waiting<T> mine = new Waiting<>(item, new CompletableFuture<>());
		queue.add(mine);
		// Callers queue for the turn; by the time one gets it, an earlier turn may have
		// done its item already.
		turn.lock();
		try {
			while (!mine.done().isDone()) {
				if (!takeTurn()) {
					throw new IllegalStateException("an item left the queue without being done");
				}
			}
		}
		finally {
			turn.unlock();
		}
		try {
			mine.done().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/** Takes what is waiting and does it; false if nothing was waiting. */
	private boolean takeTurn() {
		List<Waiting<T>> taken = new ArrayList<>();
		Waiting<T> next;
		while (taken.size() < maxItems && (next = queue.poll()) != null) {
			taken.add(next);
		}
		if (taken.isEmpty()) {
			return false;
		}
		try {
			work.accept(taken.stream().map(Waiting::item).toList());
			taken.forEach(w -> w.done().complete(null));
		}
		catch (RuntimeException ex) {
			if (taken.size() == 1) {
				taken.get(0).done().completeExceptionally(ex);
				return true;
			}
			for (Waiting<T> one : taken) {
				try {
					work.accept(List.of(one.item()));
					one.done().complete(null);
				}
				catch (RuntimeException single) {
					one.done().completeExceptionally(single);
				}
			}
		}
		catch (Error error) {
			taken.forEach(w -> w.done().completeExceptionally(error));
			throw error;
		}
		return true;
	}

}
