package io.peakxm.response;

import java.util.List;

/**
 * The start of an import file as PeakXM reads it, to check before mapping: the header and
 * the first rows as decoded, and the encoding a CSV file was read with (null for XLSX)
 * and whether it was detected.
 */
public record ImportPreview(List<String> header, List<List<String>> rows, String encoding, boolean encodingDetected) {
}
