package io.peakxm.metrics;

import java.time.LocalDate;

import io.peakxm.metrics.statistics.Estimates.Estimate;

/**
 * A bucket of a trend: its first and last day (the first and last bucket may reach
 * outside the period; only the period's days count), the estimate (hidden below the
 * minimum n).
 */
public record TrendPoint(LocalDate start, LocalDate end, Estimate estimate, boolean hidden) {
}
