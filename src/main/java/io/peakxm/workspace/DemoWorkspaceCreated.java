package io.peakxm.workspace;

/**
 * Published once when the demo workspace has been created on first start, so each module
 * can add its part of the demo (journeys, surveys, responses, …).
 */
public record DemoWorkspaceCreated(long workspaceId, long adminUserId) {
}
