package io.peakxm.response;

/**
 * A response is about to be deleted, inside the deleting transaction: its answers can
 * still be read. Listeners that keep derived data (rollups) undo its contribution here,
 * synchronously, so that both commit or neither.
 */
public record ResponseDeleting(long responseId, long workspaceId, long surveyId) {
}
