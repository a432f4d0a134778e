package io.peakxm.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentimentTests {

	private final TextAnalyzer analyzer = TextAnalyzer.standard();

	private double score(String text) {
		return this.analyzer.sentiment(text).score();
	}

	private Polarity label(String text) {
		return this.analyzer.sentiment(text).label();
	}

	@Test
	void englishNegationFlipsTheScore() {
		assertThat(label("The staff were friendly")).isEqualTo(Polarity.POSITIVE);
		assertThat(label("The staff were not friendly")).isEqualTo(Polarity.NEGATIVE);
		assertThat(label("The staff weren't friendly")).isEqualTo(Polarity.NEGATIVE);
		assertThat(label("The seat was never comfortable")).isEqualTo(Polarity.NEGATIVE);
		assertThat(label("The seat was bad")).isEqualTo(Polarity.NEGATIVE);
		assertThat(label("The seat was not bad")).isEqualTo(Polarity.POSITIVE);
	}

	@Test
	void chineseNegationFlipsTheScore() {
		assertThat(label("服务很好")).isEqualTo(Polarity.POSITIVE);
		assertThat(label("服务不好")).isEqualTo(Polarity.NEGATIVE);
		assertThat(label("房间干净")).isEqualTo(Polarity.POSITIVE);
		assertThat(label("房间不干净")).isEqualTo(Polarity.NEGATIVE);
		assertThat(label("前台没有耐心")).isEqualTo(Polarity.NEGATIVE);
		assertThat(score("早餐不满意")).isLessThan(0);
	}

	@Test
	void intensifiersStrengthen() {
		assertThat(score("The food was very good")).isGreaterThan(score("The food was good"));
		assertThat(score("The food was extremely bad")).isLessThan(score("The food was bad"));
		assertThat(score("服务非常好")).isGreaterThan(score("服务好"));
	}

	@Test
	void exclamationAndCapitalsStrengthenAsVaderDoes() {
		assertThat(score("The food was good!!!")).isGreaterThan(score("The food was good"));
		assertThat(score("The food was GOOD")).isGreaterThan(score("The food was good"));
	}

	@Test
	void thePartAfterAContrastWeighsMore() {
		assertThat(label("The seat was comfortable but the food was awful")).isEqualTo(Polarity.NEGATIVE);
		assertThat(label("The food was awful but the crew were wonderful")).isEqualTo(Polarity.POSITIVE);
		assertThat(label("房间很干净，但是早餐太难吃了")).isEqualTo(Polarity.NEGATIVE);
		assertThat(label("价格有点贵，不过服务非常好")).isEqualTo(Polarity.POSITIVE);
	}

	@Test
	void emojiCarrySentiment() {
		assertThat(label("Landed 😀")).isEqualTo(Polarity.POSITIVE);
		assertThat(label("Landed 😡")).isEqualTo(Polarity.NEGATIVE);
		assertThat(score("The seat was fine 👍")).isGreaterThan(score("The seat was fine 👎"));
	}

	@Test
	void handlesAndLinksCarryNoSentiment() {
		assertThat(label("@united flight 1234 boarding now http://example.com/great")).isEqualTo(Polarity.NEUTRAL);
		assertThat(label("@united the crew were great")).isEqualTo(Polarity.POSITIVE);
	}

	@Test
	void textsWithoutSentimentAreNeutral() {
		assertThat(label("We waited at gate 3.")).isNotEqualTo(Polarity.POSITIVE);
		assertThat(label("Flight 123 from Boston to Denver")).isEqualTo(Polarity.NEUTRAL);
		assertThat(label("")).isEqualTo(Polarity.NEUTRAL);
		assertThat(label(null)).isEqualTo(Polarity.NEUTRAL);
	}

	@Test
	void scoresStayWithinRange() {
		String text = "amazing wonderful perfect excellent love ".repeat(200);
		assertThat(score(text)).isBetween(-1.0, 1.0).isGreaterThan(0.5);
		assertThat(score("差 糟糕 失望 垃圾 ".repeat(200))).isBetween(-1.0, -0.5);
	}

}
