package io.peakxm.response;

/**
 * What an import did: responses written, how long it took, and the encoding a CSV file
 * was read with (null for XLSX) and whether it was detected rather than chosen.
 */
public record ImportResult(int imported, long millis, String encoding, boolean encodingDetected) {
}
