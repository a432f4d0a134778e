package io.peakxm.workspace.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** {@link SignInFailures} in a map, with the same window rules as the table. */
class InMemorySignInFailures implements SignInFailures {

	private final Map<String, Window> windows = new HashMap<>();

	@Override
	public Window find(String key, String address, Instant since) {
		Window window = windows.get(key + " " + address);
		return window != null && window.start().isAfter(since) ? window : new Window(0, null);
	}

	@Override
	public Window add(String key, String address, Instant now, Instant since) {
		Window running = find(key, address, since);
		Window added = running.failures() == 0 ? new Window(1, now)
				: new Window(running.failures() + 1, running.start());
		windows.put(key + " " + address, added);
		return added;
	}

	@Override
	public void clear(String key, String address) {
		windows.remove(key + " " + address);
	}

	/** How many (key, address) pairs are stored; no e-mail is stored in the clear. */
	Map<String, Window> stored() {
		return Map.copyOf(windows);
	}

}
