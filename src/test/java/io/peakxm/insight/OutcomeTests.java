package io.peakxm.insight;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which two-valued hidden fields read as a verdict, offered as a yes/no outcome, and
 * which merely name groups.
 */
class OutcomeTests {

	@Test
	void aWordAndItsNegationIsAVerdictWithTheWordAsTheGoodSide() {
		assertThat(Outcome.goodValue("satisfied", "neutral or dissatisfied")).isEqualTo("satisfied");
		assertThat(Outcome.goodValue("neutral or dissatisfied", "satisfied")).isEqualTo("satisfied");
		assertThat(Outcome.goodValue("disloyal Customer", "Loyal Customer")).isEqualTo("Loyal Customer");
		assertThat(Outcome.goodValue("不满意", "满意")).isEqualTo("满意");
	}

	@Test
	void yesAndNoPairsAreVerdictsWithYesAsTheGoodSide() {
		assertThat(Outcome.goodValue("no", "yes")).isEqualTo("yes");
		assertThat(Outcome.goodValue("TRUE", "false")).isEqualTo("TRUE");
		assertThat(Outcome.goodValue("0", "1")).isEqualTo("1");
		assertThat(Outcome.goodValue("否", "是")).isEqualTo("是");
	}

	@Test
	void valuesThatNameGroupsAreSegmentsNotOutcomes() {
		assertThat(Outcome.goodValue("Business", "Economy")).isNull();
		assertThat(Outcome.goodValue("Business", "Personal")).isNull();
		assertThat(Outcome.goodValue("Male", "Female")).isNull();
		assertThat(Outcome.goodValue("Shanghai", "Beijing")).isNull();
	}

}
