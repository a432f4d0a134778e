package io.peakxm.response;

import java.util.List;

/**
 * Responses committed together in one transaction (by the response writer's group commit), published in that
 * transaction next to their {@link ResponseSubmitted} events. For listeners that handle many responses at once
 * (rollups): one event publication per batch and listener instead of one per response, delivered after a crash and
 * exactly once like any other. Listeners that need one response at a time use {@link ResponseSubmitted}.
 */
public record ResponseBatchSubmitted(List<ResponseSubmitted> responses) {

	public ResponseBatchSubmitted {
		responses = List.copyOf(responses);
	}
}
