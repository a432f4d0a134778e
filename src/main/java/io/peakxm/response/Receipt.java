package io.peakxm.response;

import java.time.Instant;

/**
 * The acknowledgement of a committed response; {@code duplicate} when an earlier
 * identical submission won.
 */
public record Receipt(long responseId, int surveyVersion, Instant submittedAt, boolean duplicate) {
}
