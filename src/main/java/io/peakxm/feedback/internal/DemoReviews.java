package io.peakxm.feedback.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.peakxm.feedback.FeedbackSource;
import io.peakxm.feedback.NewFeedback;

/**
 * Generates the demo's reviews and social posts from PeakXM's own phrase lists (no real
 * review text): a year of passengers writing in English or Chinese about one or two
 * touchpoints each, mostly happy, with baggage handling clearly worse in the last 30 days
 * — the same story the demo's survey ratings tell. Deterministic for a seed and a time.
 */
final class DemoReviews {

	/**
	 * Per touchpoint (English name in the airline template): praise and complaints in
	 * both languages.
	 */
	record Phrases(List<String> goodEn, List<String> badEn, List<String> goodZh, List<String> badZh) {
	}

	static final String BAGGAGE = "Baggage handling";

	static final Map<String, Phrases> PHRASES = Map.of("Check-in service", new Phrases(
			List.of("check-in took two minutes", "the check-in counter staff were quick and kind",
					"bag drop at check-in was painless"),
			List.of("the check-in queue barely moved", "only one counter was open at check-in",
					"check-in staff could not find my booking"),
			List.of("值机很快，两分钟就办好了", "值机柜台的地勤很耐心", "托运行李很顺利"), List.of("值机排队排了四十分钟", "值机柜台只开了一个", "值机人员半天找不到我的订单")),
			"Security screening",
			new Phrases(List.of("security was fast this time", "the security staff were polite"),
					List.of("the security line was endless", "security screening was chaotic"),
					List.of("安检很快", "安检员态度很好"), List.of("安检排队太久了", "过安检的时候人太多，很乱")),
			"Boarding",
			new Phrases(List.of("boarding was on time and orderly", "priority boarding worked well"),
					List.of("boarding started forty minutes late", "boarding was a scramble for overhead bins"),
					List.of("登机准时，很有秩序", "优先登机安排得很好"), List.of("登机晚了四十分钟", "登机的时候大家抢行李架，很混乱")),
			"Seat comfort",
			new Phrases(List.of("the seat was comfortable for the whole flight", "the seat reclined nicely"),
					List.of("the seat was narrow and hard", "my seat would not recline"),
					List.of("座椅很舒适", "座位靠背可以放得很低，睡得不错"), List.of("座椅又窄又硬", "座位靠背坏了，放不下去")),
			"On-board service",
			new Phrases(
					List.of("the crew were lovely", "the flight attendant Anna was wonderfully attentive",
							"cabin crew were friendly and helpful"),
					List.of("the crew ignored the call button", "the flight attendant was rude to us"),
					List.of("乘务员非常热情", "空乘小王服务特别贴心", "乘务员的微笑让人很温暖"), List.of("按了呼叫铃乘务员也不理", "空乘态度很差")),
			"Food and drink",
			new Phrases(List.of("the meal was tasty", "good coffee and snacks on board"),
					List.of("the food was cold and bland", "they ran out of meals before our row"),
					List.of("飞机餐很好吃", "饮料和零食很丰富"), List.of("餐食是凉的，很难吃", "还没到我们这排飞机餐就没了")),
			"Inflight wifi service",
			new Phrases(List.of("the onboard wifi worked the whole way"),
					List.of("the wifi kept dropping", "wifi was too slow to load anything"), List.of("机上无线网络一直很稳定"),
					List.of("机上wifi老是断", "网速太慢，什么都打不开")),
			BAGGAGE,
			new Phrases(
					List.of("our bags came out quickly, which was great", "collecting our luggage was quick and easy"),
					List.of("our bags took over an hour to arrive", "my luggage was damaged", "they lost my bag"),
					List.of("行李很快就出来了", "提取行李非常顺利"), List.of("等行李等了一个多小时", "我的行李箱破损了", "行李丢失了，到现在还没找到")));

	private static final List<String> OPENINGS_EN = List.of("", "Flew SkyWay from Shanghai last week. ",
			"Just landed. ", "Second trip with SkyWay this year. ", "Family trip to Beijing. ");

	private static final List<String> CLOSINGS_EN = List.of("", " Would fly again.", " Not impressed overall.",
			" Thanks SkyWay!", " Please fix this.");

	private static final List<String> OPENINGS_ZH = List.of("", "上周坐了天途航空的航班。", "刚旅行回来。", "今年第二次坐天途了。", "带家人去北京。");

	private static final List<String> CLOSINGS_ZH = List.of("", "下次还会选择。", "总体很一般。", "谢谢天途！", "希望改进。");

	private static final List<String> SITES = List.of("PVG", "PEK", "CAN", "SZX", "CTU");

	private final Random random;

	private final Instant now;

	DemoReviews(long seed, Instant now) {
		this.random = new Random(seed);
		this.now = now;
	}

	List<NewFeedback> generate(int count, Long journeyId) {
		List<String> touchpoints = PHRASES.keySet().stream().sorted().toList();
		List<NewFeedback> items = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Instant written = now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
			boolean recent = written.isAfter(now.minus(Duration.ofDays(30)));
			boolean chinese = random.nextDouble() < 0.45;
			String first = touchpoints.get(random.nextInt(touchpoints.size()));
			if (recent && random.nextDouble() < 0.35) {
				first = BAGGAGE;
			}
			String second = random.nextDouble() < 0.5 ? touchpoints.get(random.nextInt(touchpoints.size())) : null;
			boolean firstGood = good(first, recent);
			StringBuilder text = new StringBuilder(pick(chinese ? OPENINGS_ZH : OPENINGS_EN));
			text.append(clause(first, firstGood, chinese, true));
			int score = firstGood ? 4 : 2;
			if (second != null && !second.equals(first)) {
				boolean secondGood = good(second, recent);
				text.append(chinese ? (secondGood == firstGood ? "，" : "，但是")
						: (secondGood == firstGood ? ", and " : ", but "))
					.append(clause(second, secondGood, chinese, false));
				score += secondGood ? 1 : -1;
			}
			text.append(chinese ? "。" : ".").append(pick(chinese ? CLOSINGS_ZH : CLOSINGS_EN));
			FeedbackSource source = random.nextDouble() < 0.6 ? FeedbackSource.REVIEW
					: random.nextDouble() < 0.8 ? FeedbackSource.SOCIAL : FeedbackSource.APP_STORE;
			BigDecimal rating = source == FeedbackSource.SOCIAL ? null : BigDecimal
				.valueOf(Math.max(1, Math.min(5, score + random.nextInt(2) - (random.nextInt(3) == 0 ? 1 : 0))));
			items.add(new NewFeedback(source.name(), "demo-" + i, "traveller" + random.nextInt(1_500), rating,
					rating == null ? null : 1, rating == null ? null : 5, text.toString().strip(),
					chinese ? "zh" : "en", written, pick(SITES), null, journeyId, null, Map.of()));
		}
		return items;
	}

	/** Mostly praise; baggage mostly complaints in the last 30 days. */
	private boolean good(String touchpoint, boolean recent) {
		double bad = BAGGAGE.equals(touchpoint) && recent ? 0.8 : 0.3;
		return random.nextDouble() >= bad;
	}

	private String clause(String touchpoint, boolean good, boolean chinese, boolean capital) {
		Phrases p = PHRASES.get(touchpoint);
		String clause = pick(chinese ? (good ? p.goodZh() : p.badZh()) : (good ? p.goodEn() : p.badEn()));
		return capital && !chinese ? Character.toUpperCase(clause.charAt(0)) + clause.substring(1) : clause;
	}

	private String pick(List<String> options) {
		return options.get(random.nextInt(options.size()));
	}

}
