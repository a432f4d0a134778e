package io.peakxm.feedback.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The date formats of feedback imports: each reads what it says, and nothing else. */
class FeedbackImportDatesTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final Instant FIVE_PAST_TWO = Instant.parse("2026-03-31T06:05:00Z");

	@Test
	void everyPatternReadsADateAndTimeInTheZoneGiven() {
		assertThat(read(ImportDateFormat.DASHED, "2026-03-31 14:05:00")).contains(FIVE_PAST_TWO);
		assertThat(read(ImportDateFormat.DASHED, "2026-3-31 14:05")).contains(FIVE_PAST_TWO);
		assertThat(read(ImportDateFormat.SLASHED, "2026/03/31 14:05")).contains(FIVE_PAST_TWO);
		assertThat(read(ImportDateFormat.CHINESE, "2026年3月31日 14:05")).contains(FIVE_PAST_TWO);
		assertThat(read(ImportDateFormat.DAY_FIRST, "31/03/2026 14:05")).contains(FIVE_PAST_TWO);
		assertThat(read(ImportDateFormat.MONTH_FIRST, "03/31/2026 14:05:00")).contains(FIVE_PAST_TWO);
		assertThat(read(ImportDateFormat.SLASHED, "2026/03/31")).contains(Instant.parse("2026-03-30T16:00:00Z"));
	}

	@Test
	void isoTakesOffsetsLocalTimesAndDatesAndEpochsCountFrom1970() {
		assertThat(read(ImportDateFormat.ISO, "2026-03-31T06:05:00Z")).contains(FIVE_PAST_TWO);
		assertThat(read(ImportDateFormat.ISO, "2026-03-31T14:05+08:00")).contains(FIVE_PAST_TWO);
		assertThat(read(ImportDateFormat.ISO, "2026-03-31T14:05")).contains(FIVE_PAST_TWO);
		assertThat(ImportDateFormat.ISO.read("2026-03-31", ZoneOffset.UTC))
			.contains(Instant.parse("2026-03-31T00:00:00Z"));
		assertThat(read(ImportDateFormat.EPOCH_SECONDS, "1774937100")).contains(FIVE_PAST_TWO);
		assertThat(read(ImportDateFormat.EPOCH_SECONDS, "1774937100.5")).contains(FIVE_PAST_TWO.plusMillis(500));
		assertThat(read(ImportDateFormat.EPOCH_MILLIS, "1774937100000")).contains(FIVE_PAST_TWO);
	}

	@Test
	void refusesWhatIsNotInTheFormatOrNotADate() {
		assertThat(read(ImportDateFormat.DASHED, "2026/03/31 14:05")).isEmpty();
		assertThat(read(ImportDateFormat.DAY_FIRST, "03/31/2026")).isEmpty();
		assertThat(read(ImportDateFormat.DASHED, "2026-02-30")).isEmpty();
		assertThat(read(ImportDateFormat.ISO, "yesterday")).isEmpty();
		assertThat(read(ImportDateFormat.EPOCH_SECONDS, "1e30")).isEmpty();
		assertThat(read(ImportDateFormat.EPOCH_MILLIS, "soon")).isEmpty();
	}

	@Test
	void formatsAreChosenByLabelOrNameAndBlankIsIso() {
		assertThat(ImportDateFormat.parse(null)).contains(ImportDateFormat.ISO);
		assertThat(ImportDateFormat.parse("yyyy/MM/dd HH:mm:ss")).contains(ImportDateFormat.SLASHED);
		assertThat(ImportDateFormat.parse("epochmillis")).contains(ImportDateFormat.EPOCH_MILLIS);
		assertThat(ImportDateFormat.parse("day_first")).contains(ImportDateFormat.DAY_FIRST);
		assertThat(ImportDateFormat.parse("dd.MM.yyyy")).isEmpty();
	}

	private static Optional<Instant> read(ImportDateFormat format, String value) {
		return format.read(value, SHANGHAI);
	}

}
