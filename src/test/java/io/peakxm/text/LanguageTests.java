package io.peakxm.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests {

	private final TextAnalyzer analyzer = TextAnalyzer.standard();

	@Test
	void tellsChineseEnglishAndOtherApart() {
		assertThat(this.analyzer.language("The flight was on time and the crew were kind.")).isEqualTo(Language.EN);
		assertThat(this.analyzer.language("航班准点，乘务员很热情。")).isEqualTo(Language.ZH);
		assertThat(this.analyzer.language("Der Flug war pünktlich und das Essen war gut.")).isEqualTo(Language.OTHER);
		assertThat(this.analyzer.language("フライトはとても快適でした")).isEqualTo(Language.OTHER);
		assertThat(this.analyzer.language("Полёт был отличный")).isEqualTo(Language.OTHER);
		assertThat(this.analyzer.language("")).isEqualTo(Language.OTHER);
		assertThat(this.analyzer.language(null)).isEqualTo(Language.OTHER);
		assertThat(this.analyzer.language("😀😀")).isEqualTo(Language.OTHER);
		assertThat(Language.ZH.code()).isEqualTo("zh");
		assertThat(Language.OTHER.code()).isEqualTo("other");
	}

	@Test
	void mixedTextsTakeTheDominantLanguageAndEachSentenceItsOwn() {
		String text = "The flight was OK. 但是行李丢了，等了一个多小时才找到，很失望！";
		Analysis a = this.analyzer.analyse(text, List.of(), TopicRules.NONE);
		assertThat(a.language()).isEqualTo(Language.ZH);
		assertThat(a.sentences()).hasSize(2);
		assertThat(a.sentences().get(0).language()).isEqualTo(Language.EN);
		assertThat(text.substring(a.sentences().get(0).start(), a.sentences().get(0).end()))
			.isEqualTo("The flight was OK.");
		assertThat(a.sentences().get(1).language()).isEqualTo(Language.ZH);
		assertThat(a.sentences().get(1).sentiment().label()).isEqualTo(Polarity.NEGATIVE);
		assertThat(this.analyzer.language("我很喜欢这个hotel的早餐和服务")).isEqualTo(Language.ZH);
		assertThat(this.analyzer.language("Great hotel, 早餐 was fine and the staff were helpful"))
			.isEqualTo(Language.EN);
	}

	@Test
	void fullWidthLettersAreEnglish() {
		assertThat(this.analyzer.language("ｔｈｅ ｆｌｉｇｈｔ ｗａｓ ｇｏｏｄ")).isEqualTo(Language.EN);
		assertThat(this.analyzer.sentiment("ｔｈｅ ｆｌｉｇｈｔ ｗａｓ ｇｏｏｄ").label()).isEqualTo(Polarity.POSITIVE);
	}

}
