package io.peakxm.workspace.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.peakxm.workspace.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The API tokens this node checked against the database in the last {@link #TRUSTED_FOR},
 * with the actor they act as, so that busy API traffic does not read the same rows for
 * every request. Another node's change (revocation, owner demoted or disabled) is
 * honoured within {@link #TRUSTED_FOR}; a change on this node at once, when it commits.
 * <p>
 * Forgetting bumps a generation. A check records the generation it read the database in,
 * and what it learnt is kept only if no change committed meanwhile: otherwise a check
 * that read the old rows just before the commit could put the old rights back for another
 * ten seconds.
 */
@Component
class TrustedTokens {

	/** How long a checked token is trusted without asking the database again. */
	static final Duration TRUSTED_FOR = Duration.ofSeconds(10);

	private static final int MAX_ENTRIES = 10_000;

	private record Entry(Actor actor, Instant until, long generation) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	/**
	 * The generation to pass to {@link #remember} for a database read that starts now.
	 */
	long generation() {
		return generation.get();
	}

	Optional<Actor> find(String hash, Instant now) {
		Entry entry = entries.get(hash);
		if (entry != null && entry.generation() == generation.get() && entry.until().isAfter(now)) {
			return Optional.of(entry.actor());
		}
		return Optional.empty();
	}

	/**
	 * Trusts a token until {@code until}, unless a change committed since its database
	 * read began.
	 */
	void remember(String hash, Actor actor, Instant until, long readInGeneration) {
		if (readInGeneration != generation.get()) {
			return;
		}
		if (entries.size() > MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(hash, new Entry(actor, until, readInGeneration));
	}

	void forget(String hash) {
		entries.remove(hash);
	}

	/**
	 * Forgets every token now and, inside a transaction, once more when it commits: a
	 * token or membership change is visible to new database reads only from then on.
	 */
	void forgetAll() {
		bump();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					bump();
				}
			});
		}
	}

	private void bump() {
		generation.incrementAndGet();
		entries.clear();
	}

}
