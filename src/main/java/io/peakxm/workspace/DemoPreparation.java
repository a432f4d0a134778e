package io.peakxm.workspace;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * Whether the demo workspace is still being filled. On a first start with the demo, the
 * server answers pages while the modules add their demo data (journeys, surveys, a year
 * of responses, dashboard rollups: about 20–30 s on two cores, readiness stays
 * OUT_OF_SERVICE meanwhile); pages say so instead of showing figures that are incomplete.
 * It ends when the application is ready, that is after every start-up runner has finished
 * and committed.
 */
@Component
public class DemoPreparation {

	private final AtomicBoolean preparing = new AtomicBoolean();

	/**
	 * True from the moment the demo workspace is being created until the application is
	 * ready.
	 */
	public boolean inProgress() {
		return preparing.get();
	}

	/** Called when the demo workspace starts being created. */
	public void begin() {
		preparing.set(true);
	}

	/** Called when the application is ready (by the start-up that began it). */
	public void finish() {
		preparing.set(false);
	}

}
