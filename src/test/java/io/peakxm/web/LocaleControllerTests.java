package io.peakxm.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleControllerTests {

	@Test
	void followsOnlyLocalReturnPaths() {
		assertThat(LocaleController.safeReturn("/users?q=a")).isEqualTo("/users?q=a");
		assertThat(LocaleController.safeReturn("https://evil.example/")).isEqualTo("/");
		assertThat(LocaleController.safeReturn("//evil.example/")).isEqualTo("/");
		assertThat(LocaleController.safeReturn("/\\evil.example")).isEqualTo("/");
		assertThat(LocaleController.safeReturn("/a\r\nSet-Cookie: x")).isEqualTo("/");
		assertThat(LocaleController.safeReturn(null)).isEqualTo("/");
	}

}
