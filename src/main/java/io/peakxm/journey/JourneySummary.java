package io.peakxm.journey;

import java.time.Instant;

import io.peakxm.shared.LocalizedText;

/** A journey as listed: names, state and size. */
public record JourneySummary(long id, String name, String nameZh, int revision, Integer publishedVersion,
		boolean draftChanged, boolean archived, int stageCount, int touchpointCount, Instant updatedAt) {

	/**
	 * The name in both languages, for the edge to show in the reader's ({@code name} is
	 * the English one).
	 */
	public LocalizedText displayName() {
		return new LocalizedText(name, nameZh);
	}
}
