package io.peakxm.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicUrlTests {

	@Test
	void unsetAddressPointsLinksToTheDefaultPortOnThisMachine() {
		PublicUrl unset = PublicUrl.of("  ");
		assertThat(unset.configured()).isFalse();
		assertThat(unset.link("/join/abc")).isEqualTo("http://localhost:8080/join/abc");
	}

	@Test
	void warnsWhenUnsetAndThePageWasOpenedElsewhere() {
		PublicUrl unset = PublicUrl.of(null);
		assertThat(unset.unsetAndOtherThan("http://localhost:8093")).contains("http://localhost:8093");
		assertThat(unset.unsetAndOtherThan("https://xm.example.com")).contains("https://xm.example.com");
		assertThat(unset.unsetAndOtherThan("http://LOCALHOST:8080")).isEmpty();
	}

	@Test
	void neverWarnsAboutAnAddressSomebodyChose() {
		PublicUrl chosen = PublicUrl.of("https://xm.example.com/");
		assertThat(chosen.link("/s/x")).isEqualTo("https://xm.example.com/s/x");
		assertThat(chosen.unsetAndOtherThan("http://10.0.0.5:8080")).isEmpty();
	}

}
