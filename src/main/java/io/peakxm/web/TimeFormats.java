package io.peakxm.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formats instants for pages, in UTC, as {@code @time.minutes(x)} in templates. */
@Component("time")
class TimeFormats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant);
	}

	public String minutes(Instant instant) {
		return instant == null ? "" : MINUTES.format(instant);
	}

	public String seconds(Instant instant) {
		return instant == null ? "" : SECONDS.format(instant);
	}

}
