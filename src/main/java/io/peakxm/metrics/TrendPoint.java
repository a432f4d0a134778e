package io.peakxm.metrics;

import java.time.LocalDate;

import io.peakxm.metrics.statistics.Estimates.Estimate;

/** A bucket of a trend: its first day, the estimate (hidden below the minimum n). */
public record TrendPoint(LocalDate start, Estimate estimate, boolean hidden) {
}
