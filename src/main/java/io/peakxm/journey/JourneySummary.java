package io.peakxm.journey;

import java.time.Instant;

/** A journey as listed: names, state and size. */
public record JourneySummary(long id, String name, String nameZh, int revision, Integer publishedVersion,
		boolean draftChanged, boolean archived, int stageCount, int touchpointCount, Instant updatedAt) {
}
