package io.peakxm.metrics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.peakxm.metrics.Aggregate;
import io.peakxm.response.ResponseReads;
import org.springframework.stereotype.Component;

/**
 * Recomputes a survey's rollups from its responses, read through the response module's
 * port and summed by the same aggregation as the incremental additions
 * ({@link RollupContributions}), for all responses and per configured dimension. The
 * caller holds the survey's lock.
 */
@Component
class RollupRebuild {

	private final ResponseReads responses;

	private final RollupContributions contributions;

	private final RollupLedger ledger;

	private final RollupWrites writes;

	private final RollupStore store;

	RollupRebuild(ResponseReads responses, RollupContributions contributions, RollupLedger ledger, RollupWrites writes,
			RollupStore store) {
		this.responses = responses;
		this.contributions = contributions;
		this.ledger = ledger;
		this.writes = writes;
		this.store = store;
	}

	/**
	 * Recomputes a survey's rollups from its responses. The responses counted are fixed
	 * first: one statement reads the ids of every response committed so far, exactly
	 * those are marked counted, and only they are summed. A statement sees what is
	 * committed when it starts, so summing first and marking afterwards would mark
	 * responses committed in between as counted without adding them; fixed first, such a
	 * response stays unmarked and its batch listener adds it after this transaction (it
	 * waits for the survey's lock).
	 */
	public void rebuild(long workspaceId, long surveyId) {
		List<Long> ids = new ArrayList<>();
		responses.streamIds(workspaceId, surveyId, ids::add);
		ledger.replaceApplied(surveyId, ids);
		// Read in one pass over the survey (by id, a survey's million answers took
		// minutes); a
		// response committed after the ids were read is left to its listener.
		Set<Long> counted = new HashSet<>(ids);
		List<String> dims = store.dimensions(surveyId);
		Map<RollupKey, Aggregate> rollups = new HashMap<>();
		responses.streamContents(workspaceId, surveyId, dims, (header, contents) -> {
			if (counted.contains(header.responseId())) {
				contributions.addTo(rollups, header, contents, dims, 1);
			}
		});
		writes.replace(surveyId, rollups);
	}

}
