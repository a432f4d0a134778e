package io.peakxm.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aspect tagging against 200 sentences written for this check (resource
 * aspect-sentences.tsv, English, Chinese and mixed): precision and recall of the aspects
 * found, and of aspect plus polarity. Where a sentence mentions an aspect in several
 * clauses, the clause with the strongest score gives the polarity.
 */
class AspectTaggingTests {

	static final List<Aspect> ASPECTS = List.of(
			new Aspect("crew",
					List.of("crew", "flight attendant", "stewardess", "cabin staff", "pilot", "乘务员", "空姐", "空乘", "机组")),
			new Aspect("seat", List.of("seat", "legroom", "座椅", "座位")),
			new Aspect("food", List.of("meal", "food", "snack", "drink", "飞机餐", "餐食", "饮料")),
			new Aspect("baggage", List.of("bag", "baggage", "luggage", "suitcase", "overhead bin", "行李")),
			new Aspect("checkin", List.of("check-in", "checked in", "counter", "值机")),
			new Aspect("boarding", List.of("boarding", "boarded", "gate", "登机")),
			new Aspect("punctuality", List.of("delay", "late", "on time", "delayed", "延误", "晚点", "准点", "取消")),
			new Aspect("entertainment", List.of("wifi", "entertainment", "screen", "movie", "娱乐", "屏幕", "网络", "电影")),
			new Aspect("room", List.of("room", "bed", "房间", "床")),
			new Aspect("cleanliness",
					List.of("clean", "dirty", "bathroom", "spotless", "tidy", "卫生", "干净", "整洁", "脏", "浴室")),
			new Aspect("breakfast", List.of("breakfast", "早餐")),
			new Aspect("front_desk", List.of("front desk", "reception", "receptionist", "前台")),
			new Aspect("price",
					List.of("price", "value for money", "expensive", "overpriced", "价格", "性价比", "房价", "贵", "便宜")),
			new Aspect("location", List.of("location", "位置", "交通", "离地铁")),
			new Aspect("noise", List.of("noise", "noisy", "quiet", "噪音", "隔音", "安静", "吵")));

	@Test
	void findsAspectsWithTheirPolarity() throws IOException {
		List<String> lines;
		try (InputStream in = getClass().getResourceAsStream("aspect-sentences.tsv")) {
			lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((l) -> !l.isBlank() && !l.startsWith("#"))
				.toList();
		}
		TextAnalyzer analyzer = TextAnalyzer.standard();
		int goldAspects = 0;
		int foundAspects = 0;
		int rightAspects = 0;
		int rightPairs = 0;
		for (String line : lines) {
			String[] cells = line.split("\t");
			Map<String, Polarity> gold = new HashMap<>();
			for (String label : cells[1].split(",")) {
				String[] p = label.split(":");
				gold.put(p[0], switch (p[1]) {
					case "pos" -> Polarity.POSITIVE;
					case "neg" -> Polarity.NEGATIVE;
					default -> Polarity.NEUTRAL;
				});
			}
			Map<String, Sentiment> found = new HashMap<>();
			for (AspectMention m : analyzer.analyse(cells[0], ASPECTS, TopicRules.NONE).aspects()) {
				found.merge(m.aspectId(), m.sentiment(), (a, b) -> (Math.abs(b.score()) > Math.abs(a.score())) ? b : a);
			}
			goldAspects += gold.size();
			foundAspects += found.size();
			Set<String> both = new HashSet<>(gold.keySet());
			both.retainAll(found.keySet());
			rightAspects += both.size();
			for (String a : both) {
				if (found.get(a).label() == gold.get(a)) {
					rightPairs++;
				}
			}
			if (System.getenv("ASPECT_MISSES") != null && !gold.keySet()
				.stream()
				.allMatch((a) -> found.containsKey(a) && found.get(a).label() == gold.get(a))) {
				System.out.println("miss: " + cells[0] + " gold " + gold + " found " + found);
			}
		}
		double precision = rightAspects / (double) foundAspects;
		double recall = rightAspects / (double) goldAspects;
		double pairPrecision = rightPairs / (double) foundAspects;
		double pairRecall = rightPairs / (double) goldAspects;
		System.out.printf(Locale.ROOT,
				"aspect tagging, %d sentences: aspects precision %.3f recall %.3f; aspect+polarity precision %.3f recall %.3f%n",
				lines.size(), precision, recall, pairPrecision, pairRecall);
		assertThat(lines).hasSizeGreaterThanOrEqualTo(200);
		assertThat(precision).isGreaterThanOrEqualTo(0.90);
		assertThat(recall).isGreaterThanOrEqualTo(0.95);
		assertThat(pairPrecision).isGreaterThanOrEqualTo(0.80);
		assertThat(pairRecall).isGreaterThanOrEqualTo(0.85);
	}

}
