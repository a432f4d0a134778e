/**
 * Reading uploaded tabular files the same way in every module: the text encoding of a CSV
 * file detected or chosen and decoded strictly
 * ({@link io.peakxm.shared.files.UploadedText}), CSV and streamed XLSX rows with their
 * size and zip-bomb guards, and the checks every row goes through
 * ({@link io.peakxm.shared.files.ImportFiles}).
 */
package io.peakxm.shared.files;
