package io.peakxm.response;

/**
 * A file of responses was imported into a survey (one event per import, not per
 * response).
 */
public record ResponsesImported(long workspaceId, long surveyId, int count) {
}
