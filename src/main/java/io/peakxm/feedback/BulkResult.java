package io.peakxm.feedback;

import java.util.List;

/**
 * What a bulk creation or an import did: the items it stored, in the order sent (their
 * ids), and how many it left out because the same source and external id was stored
 * before (or came twice in the batch).
 */
public record BulkResult(int received, int created, int duplicates, List<Long> createdIds) {

	public BulkResult {
		createdIds = List.copyOf(createdIds);
	}

}
