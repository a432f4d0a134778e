package io.peakxm.response;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Test listener: what another module sees of {@link ResponseSubmitted} after commit,
 * whichever thread committed it (submissions are written by the response writer's
 * threads).
 */
@Component
class SubmittedEventsProbe {

	private final List<ResponseSubmitted> received = new CopyOnWriteArrayList<>();

	List<ResponseSubmitted> received() {
		return received;
	}

	@TransactionalEventListener
	void on(ResponseSubmitted event) {
		received.add(event);
	}

}
