package io.peakxm.shared;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Database locks for background jobs, so that a job runs on one node at a time when
 * several PeakXM nodes share a database. A node takes a lock by moving
 * {@code locked_until} forward only when it has passed; the database's row update decides
 * between nodes. A node that dies holding a lock loses it when the lease ends.
 * <p>
 * All times are the database's: nodes whose clocks disagree would otherwise each judge a
 * lease by their own clock, and one running a few minutes ahead would take a lock that is
 * still held. A job that may take longer than its lease renews it as it goes
 * ({@link Lease#renew()}) and stops when the renewal fails, so two nodes never work at
 * once. Not to be called inside a transaction (a failed insert would end it on
 * PostgreSQL).
 */
@Component
public class JobLocks {

	private final JdbcClient jdbc;

	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + RandomTokens.urlSafe(6);

	JobLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A held lock, which the job renews while it works. */
	public interface Lease {

		/**
		 * Extends the lease to its full length from now; false if this node no longer
		 * holds the lock (the lease ran out and another node took it): the job must stop
		 * then.
		 */
		boolean renew();

	}

	/**
	 * Takes the named lock for {@code lease} if no other node holds it; true when this
	 * node has it now.
	 */
	public boolean tryLock(String name, Duration lease) {
		Instant now = databaseNow();
		Timestamp until = Timestamp.from(now.plus(lease));
		int taken = jdbc.sql(
				"update job_lock set locked_until = :until, locked_by = :node where name = :name and locked_until < :now")
			.param("until", until)
			.param("node", node)
			.param("name", name)
			.param("now", Timestamp.from(now))
			.update();
		if (taken == 1) {
			return true;
		}
		try {
			jdbc.sql("insert into job_lock (name, locked_until, locked_by) values (:name, :until, :node)")
				.param("name", name)
				.param("until", until)
				.param("node", node)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Extends this node's lease by {@code lease} from now; false if another node has
	 * taken the lock since. A lease that ran out while no other node took the lock is
	 * still this node's: nobody else worked meanwhile.
	 */
	public boolean renew(String name, Duration lease) {
		return jdbc.sql("update job_lock set locked_until = :until where name = :name and locked_by = :node")
			.param("until", Timestamp.from(databaseNow().plus(lease)))
			.param("name", name)
			.param("node", node)
			.update() == 1;
	}

	/** Gives the lock back early (only if this node still holds it). */
	public void unlock(String name) {
		jdbc.sql("update job_lock set locked_until = :past where name = :name and locked_by = :node")
			.param("past", Timestamp.from(databaseNow().minusMillis(1)))
			.param("name", name)
			.param("node", node)
			.update();
	}

	/**
	 * Runs {@code job} if the lock can be taken and gives the lock back afterwards; empty
	 * if another node has it. The job gets the lease to renew between steps that each
	 * take less than the lease.
	 */
	public <T> Optional<T> runExclusively(String name, Duration lease, Function<Lease, T> job) {
		if (!tryLock(name, lease)) {
			return Optional.empty();
		}
		try {
			return Optional.of(job.apply(() -> renew(name, lease)));
		}
		finally {
			unlock(name);
		}
	}

	private Instant databaseNow() {
		return jdbc.sql("select current_timestamp").query(Timestamp.class).single().toInstant();
	}

}
