package io.peakxm.journey;

import java.time.Instant;

/**
 * A journey of a workspace: its current draft design, the draft's revision (for
 * optimistic locking), and the number of its latest published version. Life cycle:
 * created as a draft → edited (each edit raises the revision) → published as immutable
 * numbered versions → optionally archived (and restored).
 */
public record Journey(long id, long workspaceId, int revision, Integer publishedVersion, boolean draftChanged,
		Instant archivedAt, Instant createdAt, Instant updatedAt, JourneyDesign design) {

	public boolean archived() {
		return archivedAt != null;
	}

	public boolean published() {
		return publishedVersion != null;
	}
}
