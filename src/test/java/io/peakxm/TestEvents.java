package io.peakxm;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for listeners that run after commit (rollups) to finish every published event.
 */
public final class TestEvents {

	private TestEvents() {
	}

	/**
	 * Returns once the event publication registry has no incomplete publication; fails
	 * after 60 s.
	 */
	public static void awaitCompletion(JdbcClient jdbc) {
		for (int i = 0; i < 600; i++) {
			long open = jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single();
			if (open == 0) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("events still being processed after 60 s: " + jdbc.sql("""
				select listener_id, count(*) from event_publication where completion_date is null
				group by listener_id""").query().listOfRows());
	}

}
