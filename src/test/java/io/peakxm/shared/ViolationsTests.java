package io.peakxm.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViolationsTests {

	@Test
	void aDateIsReadBlankIsNoneAndAnythingElseIsNamedWithItsField() {
		Violations violations = new Violations();
		assertThat(violations.date("from", " 2026-11-29 ", "metrics.badDate")).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(violations.date("from", "  ", "metrics.badDate")).isNull();
		assertThat(violations.date("from", null, "metrics.badDate")).isNull();
		assertThat(violations.isEmpty()).isTrue();
		assertThat(violations.date("to", "2026-02-30", "metrics.badDate")).isNull();
		assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).singleElement().satisfies(v -> {
					assertThat(v.field()).isEqualTo("to");
					assertThat(v.code()).isEqualTo("metrics.badDate");
				}));
	}

}
