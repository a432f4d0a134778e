package io.peakxm.feedback;

import java.util.List;

/**
 * Feedback items were stored (one event per creation, bulk call, import or batch of
 * survey comments), published in the storing transaction. For the closed loop and other
 * readers of new customer text.
 */
public record FeedbackAdded(long workspaceId, List<Long> itemIds) {

	public FeedbackAdded {
		itemIds = List.copyOf(itemIds);
	}

}
