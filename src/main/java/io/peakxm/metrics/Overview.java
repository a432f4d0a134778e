package io.peakxm.metrics;

import java.time.LocalDate;
import java.util.List;

import io.peakxm.shared.LocalizedText;

/**
 * The overview dashboard: KPI tiles, the trend of the main one with its interval band and
 * volume, and the period compared.
 */
public record Overview(long surveyId, LocalizedText surveyTitle, LocalDate from, LocalDate to, LocalDate previousFrom,
		LocalDate previousTo, List<Figure> tiles, Figure main, Granularity granularity, List<TrendPoint> trend) {
}
