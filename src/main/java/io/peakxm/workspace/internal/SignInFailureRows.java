package io.peakxm.workspace.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link SignInFailures} in the table {@code sign_in_failure}, so that every node counts
 * the same failures. Each statement commits by itself: sign-in runs outside a
 * transaction, and a failed insert must not spoil one.
 */
@Repository
class SignInFailureRows implements SignInFailures {

	private final JdbcClient jdbc;

	SignInFailureRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Window find(String key, String address, Instant since) {
		return jdbc.sql("""
				select failures, window_start from sign_in_failure
				where email_hash = :key and client_address = :address and window_start > :since""")
			.param("key", key)
			.param("address", address)
			.param("since", Timestamp.from(since))
			.query((rs, i) -> new Window(rs.getInt("failures"), rs.getTimestamp("window_start").toInstant()))
			.optional()
			.orElse(new Window(0, null));
	}

	@Override
	public Window add(String key, String address, Instant now, Instant since) {
		if (increment(key, address, now, since) == 0) {
			try {
				jdbc.sql("""
						insert into sign_in_failure (email_hash, client_address, failures, window_start)
						values (:key, :address, 1, :now)""")
					.param("key", key)
					.param("address", address)
					.param("now", Timestamp.from(now))
					.update();
				// New rows are the moment to drop windows long over, so the table stays
				// small without a job.
				jdbc.sql("delete from sign_in_failure where window_start <= :since")
					.param("since", Timestamp.from(since))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another request inserted the row first: count on it.
				increment(key, address, now, since);
			}
		}
		return find(key, address, since);
	}

	/**
	 * Adds a failure to the running window, or starts a new one when the stored window is
	 * over.
	 */
	private int increment(String key, String address, Instant now, Instant since) {
		return jdbc.sql("""
				update sign_in_failure
				set failures = case when window_start > :since then failures + 1 else 1 end,
				    window_start = case when window_start > :since then window_start else :now end
				where email_hash = :key and client_address = :address""")
			.param("since", Timestamp.from(since))
			.param("now", Timestamp.from(now))
			.param("key", key)
			.param("address", address)
			.update();
	}

	@Override
	public void clear(String key, String address) {
		jdbc.sql("delete from sign_in_failure where email_hash = :key and client_address = :address")
			.param("key", key)
			.param("address", address)
			.update();
	}

}
