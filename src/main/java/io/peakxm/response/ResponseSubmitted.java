package io.peakxm.response;

import java.time.Instant;

/**
 * A response was committed. Published through the event publication registry in the same
 * transaction, so listeners (rollups, text analysis, alerts) get it even after a crash,
 * and exactly once per listener.
 */
public record ResponseSubmitted(long responseId, long workspaceId, long surveyId, int surveyVersion, Long touchpointId,
		Instant submittedAt) {
}
