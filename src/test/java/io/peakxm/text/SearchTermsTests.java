package io.peakxm.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTests {

	@Test
	void normalisesAndKeepsOffsets() {
		String text = "Our BAGS were lost! 行李丢失了，ＷｉＦｉ <b>slow</b>";
		List<SearchTerms.Term> terms = SearchTerms.of(text);
		assertThat(terms).extracting(SearchTerms.Term::term)
			.containsExactly("our", "bag", "were", "lost", "行李", "丢失", "了", "wifi", "slow");
		for (SearchTerms.Term t : terms) {
			assertThat(t.end()).isGreaterThan(t.start());
		}
		SearchTerms.Term wifi = terms.get(7);
		assertThat(text.substring(wifi.start(), wifi.end())).isEqualTo("ＷｉＦｉ");
		SearchTerms.Term luggage = terms.get(4);
		assertThat(text.substring(luggage.start(), luggage.end())).isEqualTo("行李");
	}

	@Test
	void queriesAreNormalisedTheSameWay() {
		assertThat(SearchTerms.query("Lost Bags 行李丢失 bags")).containsExactly("lost", "bag", "行李", "丢失");
		assertThat(SearchTerms.query(null)).isEmpty();
		assertThat(SearchTerms.query("  ")).isEmpty();
	}

}
