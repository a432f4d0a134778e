/**
 * Pure statistics for experience metrics, free of Spring and of any storage: point
 * estimates with 95% intervals (NPS by adjusted Wald, shares by Wilson score, means by
 * Student's t) and two-sided significance tests for the change between two periods or
 * segments (NPS difference z-test, pooled two-proportion z-test, Welch's t test).
 * <p>
 * Everything here works from counts and sums, so callers can aggregate in SQL and pass
 * the totals. Empty or too small inputs give {@code NaN} values rather than exceptions;
 * only impossible inputs (negative counts, more hits than observations) are rejected.
 * <p>
 * A named interface of the metrics module: other modules that report figures (the text
 * dashboards of {@code feedback}) use the same estimates and tests.
 */
@org.springframework.modulith.NamedInterface("statistics")
package io.peakxm.metrics.statistics;
