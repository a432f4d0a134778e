package io.peakxm.workspace.internal;

import java.util.List;

import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.Violations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	static List<String> codes(String password, String email) {
		Violations violations = new Violations();
		PasswordPolicy.check("password", password, email, violations);
		try {
			violations.throwIfAny();
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.violations().stream().map(v -> v.code()).toList();
		}
	}

	@Test
	void acceptsLongPasswordWithThreeCharacterClasses() {
		assertThat(codes("Harbour-Lights-42", "ana@example.com")).isEmpty();
		assertThat(codes("correct horse battery 9", "ana@example.com")).isEmpty();
	}

	@Test
	void rejectsShortSimpleCommonAndEmailBasedPasswords() {
		assertThat(codes("", null)).containsExactly("validation.required");
		assertThat(codes("Sh0rt!", null)).containsExactly("password.tooShort");
		assertThat(codes("onlylowercaseletters", null)).containsExactly("password.tooSimple");
		assertThat(codes("Password123!", null)).containsExactly("password.common");
		assertThat(codes("Maria.Santos-2026", "maria.santos@skyway.example")).containsExactly("password.containsEmail");
		assertThat(codes("x".repeat(129), null)).containsExactly("validation.tooLong");
	}

	@Test
	void countsCharacterClasses() {
		assertThat(PasswordPolicy.characterClasses("abc")).isEqualTo(1);
		assertThat(PasswordPolicy.characterClasses("aB3")).isEqualTo(3);
		assertThat(PasswordPolicy.characterClasses("aB3-")).isEqualTo(4);
		assertThat(PasswordPolicy.characterClasses("密码Ab1")).isEqualTo(4);
	}

	@Test
	void generatedPasswordsAlwaysPassThePolicy() {
		for (int i = 0; i < 200; i++) {
			assertThat(codes(SecretGenerator.password(), "someone@example.com")).isEmpty();
		}
	}

	@Test
	void violationsNeedAtLeastOneEntry() {
		assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

}
