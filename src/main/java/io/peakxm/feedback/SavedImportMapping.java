package io.peakxm.feedback;

import java.time.Instant;

/** A feedback import mapping saved under a name, and when it was saved last. */
public record SavedImportMapping(String name, FeedbackImportMapping mapping, Instant savedAt) {
}
