package io.peakxm.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.peakxm.PeakXmIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job locks between nodes (two {@link JobLocks} are two nodes), judged by the database's
 * clock.
 */
@PeakXmIntegrationTest
class JobLocksIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneNodeAtATimeHoldsALockUntilItGivesItBack() {
		JobLocks first = new JobLocks(jdbc);
		JobLocks second = new JobLocks(jdbc);
		assertThat(first.tryLock("test-one-at-a-time", Duration.ofMinutes(5))).isTrue();
		assertThat(second.tryLock("test-one-at-a-time", Duration.ofMinutes(5))).isFalse();
		first.unlock("test-one-at-a-time");
		assertThat(second.tryLock("test-one-at-a-time", Duration.ofMinutes(5))).isTrue();
	}

	@Test
	void aLeaseIsJudgedByTheDatabaseClock() {
		JobLocks node = new JobLocks(jdbc);
		// Held by another node for a while yet, by the database's clock.
		jdbc.sql("insert into job_lock (name, locked_until, locked_by) values ('test-db-clock', :until, 'other')")
			.param("until", databaseNowPlus(Duration.ofSeconds(30)))
			.update();
		assertThat(node.tryLock("test-db-clock", Duration.ofMinutes(1))).isFalse();
		jdbc.sql("update job_lock set locked_until = :until where name = 'test-db-clock'")
			.param("until", databaseNowPlus(Duration.ofSeconds(-1)))
			.update();
		assertThat(node.tryLock("test-db-clock", Duration.ofMinutes(1))).isTrue();
	}

	@Test
	void aJobThatRenewsItsLeaseKeepsTheLockLongerThanOneLease() throws Exception {
		JobLocks worker = new JobLocks(jdbc);
		JobLocks other = new JobLocks(jdbc);
		Duration lease = Duration.ofMillis(600);
		AtomicInteger refusedToOther = new AtomicInteger();
		var result = worker.runExclusively("test-renewal", lease, held -> {
			for (int step = 0; step < 6; step++) {
				sleep(200);
				assertThat(held.renew()).isTrue();
				refusedToOther.addAndGet(other.tryLock("test-renewal", lease) ? 0 : 1);
			}
			return "done";
		});
		assertThat(result).contains("done");
		assertThat(refusedToOther.get()).as("the other node never got the lock during 1.2 s of work").isEqualTo(6);
		assertThat(other.tryLock("test-renewal", lease)).as("given back at the end").isTrue();
	}

	@Test
	void aJobThatLostItsLockIsToldSoWhenItRenews() {
		JobLocks worker = new JobLocks(jdbc);
		JobLocks other = new JobLocks(jdbc);
		var renewed = worker.runExclusively("test-lost", Duration.ofMinutes(5), held -> {
			// The lease ran out (a long pause) and another node took the lock.
			jdbc.sql("update job_lock set locked_until = :past where name = 'test-lost'")
				.param("past", databaseNowPlus(Duration.ofSeconds(-1)))
				.update();
			assertThat(other.tryLock("test-lost", Duration.ofMinutes(5))).isTrue();
			return held.renew();
		});
		assertThat(renewed).contains(false);
		assertThat(worker.tryLock("test-lost", Duration.ofMinutes(5))).as("still the other node's").isFalse();
	}

	private java.sql.Timestamp databaseNowPlus(Duration offset) {
		return java.sql.Timestamp.from(
				jdbc.sql("select current_timestamp").query(java.sql.Timestamp.class).single().toInstant().plus(offset));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
