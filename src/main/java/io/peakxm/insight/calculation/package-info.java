/**
 * Pure calculations behind the insight module, free of Spring and of any storage:
 * peak-end analysis of journey instances (features, the peak-end and mean-only models,
 * standardized weights with bootstrap intervals, a verdict) and the emotional curve of a
 * journey's touchpoints (docs/design.md §4), plus key-driver analysis (§5).
 * <p>
 * Ratings are rescaled to −1 … +1; a missing or not applicable rating is {@code NaN},
 * never a score. Inputs are streamed in one instance at a time, so callers can read rows
 * from the database with a fetch size instead of loading a table into a list:
 * {@link io.peakxm.insight.calculation.PeakEnd} and
 * {@link io.peakxm.insight.calculation.KeyDrivers} keep only
 * {@link io.peakxm.insight.calculation.Moments} in
 * {@link io.peakxm.insight.calculation.MomentBlocks} (memory independent of the number of
 * rows), from which the fits, the cross-validation folds and the block bootstrap follow.
 * Results are records that pages phrase in zh-CN or en; nothing here produces
 * natural-language text.
 */
package io.peakxm.insight.calculation;
