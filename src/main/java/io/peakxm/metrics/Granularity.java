package io.peakxm.metrics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The buckets of a trend. */
public enum Granularity {

	DAY, WEEK, MONTH, QUARTER;

	/** The first day of the bucket that contains {@code day}. */
	public LocalDate start(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
			case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
		};
	}

	/** The first day of the bucket after the one that starts on {@code start}. */
	public LocalDate next(LocalDate start) {
		return switch (this) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
			case QUARTER -> start.plusMonths(3);
		};
	}

	/** A sensible bucket for a period of that many days. */
	public static Granularity forDays(long days) {
		return days > 400 ? QUARTER : days > 90 ? MONTH : days > 31 ? WEEK : DAY;
	}

}
