import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.peakxm.text.Analysis;
import io.peakxm.text.Aspect;
import io.peakxm.text.TextAnalyzer;
import io.peakxm.text.TopicRule;
import io.peakxm.text.TopicRules;

/**
 * Speed of the full text analysis (language, sentiment per item and sentence, aspects, emotions, key phrases, staff,
 * topics) on one thread over mixed Chinese and English items: ChnSentiCorp reviews and airline tweets interleaved
 * (see bench/text.sh).
 */
public class TextBench {

	static final List<Aspect> ASPECTS = List.of(new Aspect("crew", List.of("crew", "flight attendant", "乘务员", "空姐", "空乘")),
			new Aspect("seat", List.of("seat", "legroom", "座椅", "座位")),
			new Aspect("food", List.of("meal", "food", "snack", "drink", "餐食", "饮料", "早餐", "breakfast")),
			new Aspect("baggage", List.of("bag", "baggage", "luggage", "suitcase", "行李")),
			new Aspect("checkin", List.of("check-in", "counter", "值机", "入住", "前台", "front desk")),
			new Aspect("boarding", List.of("boarding", "gate", "登机")),
			new Aspect("punctuality", List.of("delay", "delayed", "late", "on time", "延误", "晚点", "准点")),
			new Aspect("service", List.of("service", "customer service", "agent", "服务", "态度")),
			new Aspect("room", List.of("room", "bed", "房间", "床")),
			new Aspect("cleanliness", List.of("clean", "dirty", "卫生", "干净", "脏")),
			new Aspect("price", List.of("price", "fee", "expensive", "价格", "性价比", "贵")),
			new Aspect("location", List.of("location", "位置", "交通")));

	static final List<TopicRule> RULES = List.of(new TopicRule("baggage", "(bag OR luggage OR 行李) AND NOT lounge"),
			new TopicRule("delay", "delay* OR late OR 延误 OR 晚点 OR \"on time\""),
			new TopicRule("refund", "refund* OR voucher OR 退款 OR 赔偿"),
			new TopicRule("phone", "(phone OR call OR hold) AND NOT \"call button\" OR 电话"),
			new TopicRule("noise", "noise OR noisy OR 吵 OR 隔音"), new TopicRule("wifi", "wifi OR internet OR 网络 OR 宽带"),
			new TopicRule("breakfast", "breakfast OR 早餐"), new TopicRule("cancel", "cancel* OR 取消"));

	public static void main(String[] args) throws IOException {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 20;
		List<String> zh = column(Path.of("../shared/data/zh_hotel_reviews/ChnSentiCorp_htl_all.csv"), "review");
		List<String> en = column(Path.of("../shared/data/airline_tweets/Tweets.csv"), "text");
		List<String> items = new ArrayList<>();
		for (int i = 0; i < Math.max(zh.size(), en.size()); i++) {
			if (i < zh.size()) {
				items.add(zh.get(i));
			}
			if (i < en.size()) {
				items.add(en.get(i));
			}
		}
		long chars = items.stream().mapToLong(String::length).sum();
		System.out.printf(Locale.ROOT, "items %d (%d ChnSentiCorp reviews, %d tweets, interleaved), %.0f chars on average%n",
				items.size(), zh.size(), en.size(), chars / (double) items.size());
		TextAnalyzer analyzer = TextAnalyzer.standard();
		TopicRules topics = TopicRules.compile(RULES);
		long sink = 0;
		long warmEnd = System.nanoTime() + 10_000_000_000L;
		for (int i = 0; System.nanoTime() < warmEnd; i = (i + 1) % items.size()) {
			sink += analyzer.analyse(items.get(i), ASPECTS, topics).aspects().size();
		}
		for (String mode : List.of("analyse", "sentiment")) {
			long n = 0;
			long c = 0;
			long start = System.nanoTime();
			long end = start + seconds * 1_000_000_000L;
			int i = 0;
			while (System.nanoTime() < end) {
				String item = items.get(i);
				if (mode.equals("analyse")) {
					Analysis a = analyzer.analyse(item, ASPECTS, topics);
					sink += a.aspects().size() + a.keyPhrases().size() + a.topics().size();
				}
				else {
					sink += (long) (analyzer.sentiment(item).score() * 10);
				}
				c += item.length();
				n++;
				i = (i + 1) % items.size();
			}
			double s = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "%s: %d items in %.1f s, one thread: %.0f items/s, %.2f M chars/s%n", mode, n,
					s, n / s, c / s / 1e6);
		}
		System.out.println("(checksum " + sink + ")");
	}

	static List<String> column(Path file, String name) throws IOException {
		List<String> texts = new ArrayList<>();
		for (String[] r : SentimentBench.readCsv(file, name, name, StandardCharsets.UTF_8)) {
			texts.add(r[0]);
		}
		return texts;
	}

}
