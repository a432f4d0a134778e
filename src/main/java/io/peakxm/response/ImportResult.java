package io.peakxm.response;

/** What an import did: responses written and how long it took. */
public record ImportResult(int imported, long millis) {
}
