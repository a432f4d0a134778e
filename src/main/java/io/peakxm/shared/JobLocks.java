package io.peakxm.shared;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Database locks for background jobs, so that a job runs on one node at a time when several PeakXM nodes share a
 * database. A node takes a lock by moving {@code locked_until} forward only when it has passed; the database's
 * row update decides between nodes. A node that dies holding a lock loses it when the lease ends. Not to be called
 * inside a transaction (a failed insert would end it on PostgreSQL).
 */
@Component
public class JobLocks {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + RandomTokens.urlSafe(6);

	JobLocks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Takes the named lock for {@code lease} if no other node holds it; true when this node has it now. */
	public boolean tryLock(String name, Duration lease) {
		Instant now = clock.instant();
		Timestamp until = Timestamp.from(now.plus(lease));
		int taken = jdbc.sql("update job_lock set locked_until = :until, locked_by = :node where name = :name and locked_until < :now")
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

	/** Gives the lock back early (only if this node still holds it). */
	public void unlock(String name) {
		jdbc.sql("update job_lock set locked_until = :now where name = :name and locked_by = :node")
			.param("now", Timestamp.from(clock.instant().minusMillis(1)))
			.param("name", name)
			.param("node", node)
			.update();
	}

	/** Runs {@code job} if the lock can be taken, and gives the lock back afterwards; false if another node has it. */
	public boolean runExclusively(String name, Duration lease, Runnable job) {
		if (!tryLock(name, lease)) {
			return false;
		}
		try {
			job.run();
			return true;
		}
		finally {
			unlock(name);
		}
	}
}
