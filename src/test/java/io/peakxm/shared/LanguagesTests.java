package io.peakxm.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguagesTests {

	@Test
	void normalizesChineseAndEnglishVariants() {
		assertThat(Languages.normalize("zh")).isEqualTo("zh-CN");
		assertThat(Languages.normalize("zh_CN")).isEqualTo("zh-CN");
		assertThat(Languages.normalize("ZH-Hans")).isEqualTo("zh-CN");
		assertThat(Languages.normalize(" en-GB ")).isEqualTo("en");
	}

	@Test
	void rejectsOtherLanguagesNamingTheValue() {
		assertThatThrownBy(() -> Languages.normalize("fr")).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).violations().get(0).args()).containsExactly("fr"));
	}

}
