package io.peakxm.feedback.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Optional;

/**
 * How the time a customer wrote something is written in an import file. Every pattern
 * takes a date alone (midnight) or a date and time with or without seconds, and months,
 * days and hours with one digit or two; times without an offset are in the mapping's time
 * zone. Epoch values are counted from 1970-01-01T00:00:00Z.
 */
enum ImportDateFormat {

	/**
	 * ISO-8601: {@code 2026-03-31T14:05:00Z}, with an offset ({@code +08:00}), without
	 * one ({@code 2026-03-31T14:05}) or a date alone.
	 */
	ISO("iso", null),
	/** {@code 2026-03-31 14:05:00} — what databases and most exports write. */
	DASHED("yyyy-MM-dd HH:mm:ss", "uuuu-M-d[ H:mm[:ss]]"),
	/** {@code 2026/03/31 14:05} — common in Chinese exports. */
	SLASHED("yyyy/MM/dd HH:mm:ss", "uuuu/M/d[ H:mm[:ss]]"),
	/** {@code 2026年3月31日 14:05}. */
	CHINESE("yyyy年M月d日 HH:mm:ss", "uuuu年M月d日[ H:mm[:ss]]"),
	/** {@code 31/03/2026 14:05} — day first (Europe, Asia). */
	DAY_FIRST("dd/MM/yyyy HH:mm:ss", "d/M/uuuu[ H:mm[:ss]]"),
	/** {@code 03/31/2026 14:05} — month first (United States). */
	MONTH_FIRST("MM/dd/yyyy HH:mm:ss", "M/d/uuuu[ H:mm[:ss]]"),
	/** Seconds since 1970 ({@code 1774965900}); decimals allowed. */
	EPOCH_SECONDS("epoch", null),
	/** Milliseconds since 1970 ({@code 1774965900000}). */
	EPOCH_MILLIS("epochMillis", null);

	private final String label;

	private final DateTimeFormatter pattern;

	ImportDateFormat(String label, String pattern) {
		this.label = label;
		this.pattern = pattern == null ? null
				: DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

	String label() {
		return label;
	}

	/** The format of a label or constant name, ignoring case; blank is {@link #ISO}. */
	static Optional<ImportDateFormat> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of(ISO);
		}
		String wanted = value.trim();
		return Arrays.stream(values())
			.filter(f -> f.label.equalsIgnoreCase(wanted) || f.name().equalsIgnoreCase(wanted))
			.findFirst();
	}

	/** The labels to choose from, for messages. */
	static String labels() {
		return String.join(", ", Arrays.stream(values()).map(ImportDateFormat::label).toList());
	}

	/** The instant a cell names, or empty when it is not written in this format. */
	Optional<Instant> read(String cell, ZoneId zone) {
		String value = cell.trim();
		try {
			return Optional.of(switch (this) {
				case ISO -> iso(value, zone);
				case EPOCH_SECONDS -> epoch(new BigDecimal(value));
				case EPOCH_MILLIS -> Instant.ofEpochMilli(new BigDecimal(value).longValueExact());
				default -> local(pattern.parse(value), zone);
			});
		}
		catch (DateTimeException | ArithmeticException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static Instant iso(String value, ZoneId zone) {
		if (value.length() <= 10) {
			return LocalDate.parse(value).atStartOfDay(zone).toInstant();
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException noOffset) {
			return LocalDateTime.parse(value).atZone(zone).toInstant();
		}
	}

	private static Instant epoch(BigDecimal seconds) {
		BigDecimal millis = seconds.movePointRight(3);
		return Instant.ofEpochMilli(millis.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
	}

	private static Instant local(TemporalAccessor parsed, ZoneId zone) {
		LocalDate date = LocalDate.from(parsed);
		if (!parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
			return date.atStartOfDay(zone).toInstant();
		}
		return LocalDateTime.from(parsed).atZone(zone).toInstant();
	}

}
