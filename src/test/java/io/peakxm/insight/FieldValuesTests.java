package io.peakxm.insight;

import java.util.ArrayList;
import java.util.List;

import io.peakxm.insight.FieldValues.ValueCount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which hidden fields group customers into segments and which identify them. */
class FieldValuesTests {

	@Test
	void valuesSeenOnceIdentifyResponsesEvenWhenThereAreFew() {
		FieldValues bookings = new FieldValues(
				List.of(new ValueCount("AB12CD", 1), new ValueCount("EF34GH", 1), new ValueCount("IJ56KL", 1)));
		assertThat(bookings.identifies()).isTrue();
		assertThat(bookings.segments()).isFalse();
		FieldValues sharedBooking = new FieldValues(
				List.of(new ValueCount("AB12CD", 2), new ValueCount("EF34GH", 1), new ValueCount("IJ56KL", 1)));
		assertThat(sharedBooking.identifies()).isTrue();
	}

	@Test
	void aFewValuesThatRepeatAreASegment() {
		FieldValues cities = new FieldValues(List.of(new ValueCount("Shanghai", 3), new ValueCount("Beijing", 1)));
		assertThat(cities.identifies()).isFalse();
		assertThat(cities.segments()).isTrue();
	}

	@Test
	void moreValuesThanAFilterOffersAreNoSegment() {
		List<ValueCount> flights = new ArrayList<>();
		for (int i = 0; i <= Insights.MAX_SEGMENT_VALUES; i++) {
			flights.add(new ValueCount("SK" + (100 + i), 5));
		}
		assertThat(new FieldValues(flights).many()).isTrue();
		assertThat(new FieldValues(flights).segments()).isFalse();
		assertThat(new FieldValues(List.of()).segments()).isFalse();
	}

}
