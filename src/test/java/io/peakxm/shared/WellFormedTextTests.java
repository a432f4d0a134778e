package io.peakxm.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WellFormedTextTests {

	@Test
	void ordinaryTextInAnyScriptIsWellFormed() {
		assertThat(WellFormedText.isWellFormed("Great crew, 服务很好 😀\tthanks\r\nagain")).isTrue();
		assertThat(WellFormedText.isWellFormed("")).isTrue();
		assertThat(WellFormedText.isWellFormed(null)).isTrue();
		assertThat(WellFormedText.problem("comment", "plain")).isEmpty();
	}

	@Test
	void aNulIsNamedWithItsFieldCharacterAndPosition() {
		assertThat(WellFormedText.problem("comment", "ab\u0000c")).hasValueSatisfying(v -> {
			assertThat(v.field()).isEqualTo("comment");
			assertThat(v.code()).isEqualTo(WellFormedText.CODE);
			assertThat(v.args()).containsExactly("comment", "U+0000", 3);
		});
	}

	@Test
	void unpairedSurrogatesAreRefusedWhereverTheyStand() {
		assertThat(WellFormedText.problem("f", "\ud800"))
			.hasValueSatisfying(v -> assertThat(v.args()).contains("U+D800"));
		assertThat(WellFormedText.problem("f", "x\ud83d")).hasValueSatisfying(v -> assertThat(v.args()).contains(2));
		assertThat(WellFormedText.problem("f", "\ude00x"))
			.hasValueSatisfying(v -> assertThat(v.args()).contains("U+DE00"));
		assertThat(WellFormedText.problem("f", "\ude00\ud83d")).isPresent();
		assertThat(WellFormedText.isWellFormed("\ud83d\ude00")).isTrue();
	}

	@Test
	void controlCharactersOtherThanTabAndLineBreaksAreRefused() {
		assertThat(WellFormedText.problem("f", "a\u001b[31mred"))
			.hasValueSatisfying(v -> assertThat(v.args()).contains("U+001B"));
		assertThat(WellFormedText.isWellFormed("vertical\u000btab")).isFalse();
		assertThat(WellFormedText.isWellFormed("\u0001")).isFalse();
		assertThat(WellFormedText.isWellFormed("tab\there\nline\rreturn")).isTrue();
	}

}
