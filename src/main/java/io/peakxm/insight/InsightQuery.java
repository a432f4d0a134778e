package io.peakxm.insight;

import java.time.LocalDate;

/** The responses an analysis reads: a survey and a day range (null = the last 365 days). */
public record InsightQuery(long survey, LocalDate from, LocalDate to) {
}
