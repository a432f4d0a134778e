package io.peakxm.survey;

import java.time.Instant;

/**
 * A survey of a workspace: its public link id, status, the editable definition with its
 * revision (optimistic locking), and the number of its latest published version. Opening
 * publishes the draft as a version; saving an open survey publishes a new version at
 * once, so every response knows exactly which questions it answered.
 */
public record Survey(long id, long workspaceId, String publicId, SurveyStatus status, int revision,
		Integer currentVersion, boolean draftChanged, Instant createdAt, Instant updatedAt,
		SurveyDefinition definition) {
}
