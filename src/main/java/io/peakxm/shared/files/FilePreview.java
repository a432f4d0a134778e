package io.peakxm.shared.files;

import java.util.List;

/**
 * The start of an uploaded file as an import reads it, shown before its columns are
 * mapped: the header, the first rows as decoded, and the encoding the text was read with
 * (null for XLSX) and whether it was detected rather than chosen.
 */
public record FilePreview(List<String> header, List<List<String>> rows, String encoding, boolean encodingDetected) {

	public FilePreview {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}

	/** The header and the first {@code count} well-formed data rows of a file. */
	public static FilePreview of(ImportFiles.Rows file, int count) {
		UploadedText.Decoded decoded = file.encoding();
		return new FilePreview(file.header(), file.first(count), decoded == null ? null : decoded.encoding().label(),
				decoded != null && decoded.detected());
	}

}
