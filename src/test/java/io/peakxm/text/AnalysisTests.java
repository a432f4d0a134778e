package io.peakxm.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisTests {

	private static final List<Aspect> ASPECTS = List.of(
			new Aspect("crew", List.of("crew", "flight attendant", "乘务员", "空姐")),
			new Aspect("baggage", List.of("bag", "baggage", "luggage", "行李")),
			new Aspect("food", List.of("meal", "food", "餐食", "早餐")));

	private final TextAnalyzer analyzer = TextAnalyzer.standard();

	@Test
	void eachClauseGivesItsAspectItsOwnSentiment() {
		String text = "The crew was lovely but our bags took an hour";
		Analysis a = this.analyzer.analyse(text, ASPECTS, TopicRules.NONE);
		assertThat(a.aspects()).extracting(AspectMention::aspectId).containsExactly("crew", "baggage");
		AspectMention crew = a.aspects().get(0);
		AspectMention bags = a.aspects().get(1);
		assertThat(crew.sentiment().label()).isEqualTo(Polarity.POSITIVE);
		assertThat(bags.sentiment().label()).isEqualTo(Polarity.NEGATIVE);
		assertThat(text.substring(crew.start(), crew.end())).isEqualTo("The crew was lovely");
		assertThat(text.substring(bags.start(), bags.end())).isEqualTo("but our bags took an hour");
	}

	@Test
	void chineseClausesToo() {
		String text = "空姐服务很热情，但是行李丢了，早餐也很难吃。";
		Analysis a = this.analyzer.analyse(text, ASPECTS, TopicRules.NONE);
		assertThat(a.aspects()).extracting(AspectMention::aspectId).containsExactly("crew", "baggage", "food");
		assertThat(a.aspects()).extracting((m) -> m.sentiment().label())
			.containsExactly(Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.NEGATIVE);
	}

	@Test
	void englishTermsMatchWholeWordsWithPlurals() {
		Analysis a = this.analyzer.analyse("Cabbage soup was served. Two meals were cold.", ASPECTS, TopicRules.NONE);
		assertThat(a.aspects()).extracting(AspectMention::aspectId).containsExactly("food");
	}

	@Test
	void findsEmotionsUnlessNegated() {
		assertThat(this.analyzer.analyse("Wow, what a surprise! Thank you so much.", List.of(), TopicRules.NONE)
			.emotions()).contains(TextEmotion.DELIGHT, TextEmotion.GRATITUDE);
		assertThat(this.analyzer.analyse("I was so disappointed and angry", List.of(), TopicRules.NONE).emotions())
			.contains(TextEmotion.DISAPPOINTMENT, TextEmotion.ANGER);
		assertThat(this.analyzer.analyse("I was not disappointed", List.of(), TopicRules.NONE).emotions())
			.doesNotContain(TextEmotion.DISAPPOINTMENT);
		assertThat(this.analyzer.analyse("很担心赶不上转机，太着急了", List.of(), TopicRules.NONE).emotions())
			.contains(TextEmotion.ANXIETY);
		assertThat(this.analyzer.analyse("一点也不失望，非常感谢", List.of(), TopicRules.NONE).emotions())
			.contains(TextEmotion.GRATITUDE)
			.doesNotContain(TextEmotion.DISAPPOINTMENT);
	}

	@Test
	void keyPhrasesLeaveStopWordsOut() {
		Analysis en = this.analyzer.analyse("The wifi was down. The wifi never worked and the seat belt was broken.",
				List.of(), TopicRules.NONE);
		assertThat(en.keyPhrases()).contains("wifi", "seat belt").doesNotContain("the", "was");
		Analysis zh = this.analyzer.analyse("酒店的位置很好，早餐品种丰富，早餐很好吃。", List.of(), TopicRules.NONE);
		assertThat(zh.keyPhrases()).contains("早餐").doesNotContain("的", "很");
	}

	@Test
	void findsStaffByRoleAndName() {
		String text = "Thanks to Anna at the front desk and Mr. Li. 乘务员小王和王经理都很好，机长也很专业。";
		List<StaffMention> staff = this.analyzer.analyse(text, List.of(), TopicRules.NONE).staff();
		assertThat(staff).extracting(StaffMention::text)
			.containsExactly("Anna", "front desk", "Mr. Li", "乘务员", "小王", "王经理", "机长");
		assertThat(staff).extracting(StaffMention::role)
			.containsExactly(null, "front_desk", null, "cabin_crew", null, "manager", "pilot");
		StaffMention anna = staff.get(0);
		assertThat(text.substring(anna.start(), anna.end())).isEqualTo("Anna");
		assertThat(this.analyzer.analyse("Our flight attendants were great", List.of(), TopicRules.NONE).staff())
			.extracting(StaffMention::role)
			.containsExactly("cabin_crew");
	}

	@Test
	void matchesTopics() {
		TopicRules rules = TopicRules.compile(List.of(new TopicRule("baggage", "(bag OR luggage OR 行李) AND NOT lounge"),
				new TopicRule("delay", "delay* OR 延误 OR \"late flight\"")));
		assertThat(this.analyzer.analyse("Our BAGS were lost", List.of(), rules).topics()).containsExactly("baggage");
		assertThat(this.analyzer.analyse("Bags left in the lounge", List.of(), rules).topics()).isEmpty();
		assertThat(this.analyzer.analyse("航班延误，行李也丢了", List.of(), rules).topics()).containsExactlyInAnyOrder("baggage",
				"delay");
		assertThat(this.analyzer.analyse("Another Late Flight, delayed again", List.of(), rules).topics())
			.containsExactly("delay");
		assertThat(this.analyzer.analyse("A late night flight", List.of(), rules).topics()).isEmpty();
	}

	@Test
	void hostileTextsDoNotThrow() {
		String longText = "The crew was lovely but our bags took an hour. 服务很好，但是行李丢了！😀 ".repeat(400)
			.substring(0, 20_000);
		Analysis a = this.analyzer.analyse(longText, ASPECTS, TopicRules.NONE);
		assertThat(a.sentences()).hasSizeGreaterThan(100);
		assertThat(a.aspects()).isNotEmpty();
		for (String text : new String[] { null, "", "   ", "😀", "!!!???", "<<<>>>", "<p>", "\uD83D", "ｆｕｌｌ　ｗｉｄｔｈ",
				"a".repeat(30_000), "。".repeat(500), "<".repeat(1000) + "b" }) {
			Analysis x = this.analyzer.analyse(text, ASPECTS, TopicRules.NONE);
			assertThat(x.sentiment().score()).isBetween(-1.0, 1.0);
		}
	}

	@Test
	void oneAnalyzerServesManyThreadsAlike() throws Exception {
		List<String> texts = new java.util.ArrayList<>();
		for (int i = 0; i < 200; i++) {
			texts.add((i % 2 == 0) ? "The crew was lovely but our bags took an hour, thanks to Anna " + i
					: "空姐服务很热情，但是行李丢了" + i + "次，很失望！");
		}
		List<Analysis> expected = texts.stream()
			.map((t) -> this.analyzer.analyse(t, ASPECTS, TopicRules.NONE))
			.toList();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<List<Analysis>>> futures = new java.util.ArrayList<>();
			for (int t = 0; t < 4; t++) {
				futures.add(pool.submit(
						() -> texts.stream().map((x) -> this.analyzer.analyse(x, ASPECTS, TopicRules.NONE)).toList()));
			}
			for (java.util.concurrent.Future<List<Analysis>> f : futures) {
				assertThat(f.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void htmlTagsAreNotWords() {
		Analysis a = this.analyzer.analyse("<p class=\"great\">The <b>food</b> was terrible</p><br/>", ASPECTS,
				TopicRules.NONE);
		assertThat(a.sentiment().label()).isEqualTo(Polarity.NEGATIVE);
		assertThat(a.keyPhrases()).noneMatch((p) -> p.contains("class") || p.equals("p") || p.contains("br"));
		assertThat(a.aspects()).extracting(AspectMention::aspectId).containsExactly("food");
		assertThat(this.analyzer.analyse("<b>Thanks to Anna</b>", List.of(), TopicRules.NONE).staff())
			.extracting(StaffMention::text)
			.containsExactly("Anna");
	}

}
