package io.peakxm.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a dashboard shows, inclusive (UTC), and the period its changes compare with:
 * the same number of days just before.
 */
public record Period(LocalDate from, LocalDate to) {

	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	public Period previous() {
		return new Period(from.minusDays(days()), from.minusDays(1));
	}
}
