package io.peakxm.journey;

/** A journey version was published. */
public record JourneyPublished(long workspaceId, long journeyId, int version) {
}
