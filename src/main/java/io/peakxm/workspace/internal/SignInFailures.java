package io.peakxm.workspace.internal;

import java.time.Instant;

/**
 * Failed sign-ins counted per key (an e-mail's hash, or {@link SignInThrottle#ANY_EMAIL})
 * and client address, in a window that starts at the first failure. A window that started
 * at or before {@code since} is over: it counts nothing, and the next failure starts a
 * new one.
 */
interface SignInFailures {

	/** The failures of a running window and when it started. */
	record Window(int failures, Instant start) {
	}

	/** The running window; empty (no failures) when there is none. */
	Window find(String key, String address, Instant since);

	/**
	 * Counts one failure at {@code now} and returns the running window, this failure
	 * included.
	 */
	Window add(String key, String address, Instant now, Instant since);

	void clear(String key, String address);

}
