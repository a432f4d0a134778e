package io.peakxm.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTests {

	final LocalizedText wifi = new LocalizedText("Inflight wifi service", "机上无线网络");

	@Test
	void chineseLocalesGetTheChineseTextAndEveryOtherLocaleTheEnglish() {
		assertThat(wifi.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("机上无线网络");
		assertThat(wifi.in(Locale.forLanguageTag("zh"))).isEqualTo("机上无线网络");
		assertThat(wifi.in(Locale.ENGLISH)).isEqualTo("Inflight wifi service");
		assertThat(wifi.in(Locale.UK)).isEqualTo("Inflight wifi service");
		assertThat(wifi.in(Locale.GERMAN)).isEqualTo("Inflight wifi service");
		assertThat(wifi.in(null)).isEqualTo("Inflight wifi service");
	}

	@Test
	void aBlankLanguageFallsBackToTheOther() {
		assertThat(new LocalizedText("Hotel stay", null).in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("Hotel stay");
		assertThat(new LocalizedText("Hotel stay", "  ").in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("Hotel stay");
		assertThat(new LocalizedText("", "酒店入住").in(Locale.ENGLISH)).isEqualTo("酒店入住");
		assertThat(new LocalizedText(null, null).in(Locale.ENGLISH)).isEmpty();
	}

	@Test
	void anUntranslatedTextIsTheSameInBothLanguages() {
		LocalizedText cabin = LocalizedText.untranslated("cabin");
		assertThat(cabin.in(Locale.ENGLISH)).isEqualTo("cabin");
		assertThat(cabin.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("cabin");
	}

	@Test
	void jsonCarriesBothLanguagesForApiClientsToChoose() {
		assertThat(JsonMapper.builder().build().writeValueAsString(wifi))
			.isEqualTo("{\"en\":\"Inflight wifi service\",\"zh\":\"机上无线网络\"}");
	}

}
