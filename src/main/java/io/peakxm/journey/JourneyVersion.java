package io.peakxm.journey;

import java.time.Instant;

/**
 * A published, immutable version of a journey's design. Measured data refers to (journey,
 * number).
 */
public record JourneyVersion(long journeyId, int number, Instant publishedAt, Long publishedBy, JourneyDesign design) {
}
