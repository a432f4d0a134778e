package io.peakxm.response.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.peakxm.response.CollectionChannel;
import io.peakxm.response.Submission;
import io.peakxm.survey.ChoiceOption;

/**
 * Generates the demo airline's post-flight responses from a seeded model, so the demo
 * (and its tests) always look the same: a year of passengers with a summer dip, business
 * cabin a little happier, one touchpoint (the end moment, baggage) that got clearly worse
 * in the last 30 days, and an overall rating that follows the peak-end rule (the best and
 * the last moment weigh more than the average). Comments in English and Chinese are
 * written from the generator's own phrases. Pure: no Spring, no database.
 */
public final class DemoPassengers {

	/**
	 * Typical mean rating (1–5) of each touchpoint in journey order; cycled when a
	 * journey has more.
	 */
	static final double[] TOUCHPOINT_MEANS = { 4.0, 3.6, 3.9, 3.4, 3.2, 3.5, 3.7, 3.4, 3.3, 4.0, 3.2, 2.8, 3.1, 3.8,
			3.9, 3.7, 3.6 };

	static final double PEAK_WEIGHT = 0.35;

	static final double END_WEIGHT = 0.45;

	static final double MEAN_WEIGHT = 0.20;

	/**
	 * How a demo passenger writes: the language they answer in, their phrases of praise
	 * and complaint, and whether a touchpoint's name goes lower case inside a sentence
	 * (English).
	 */
	private record Voice(Locale locale, String[] good, String[] bad, boolean lowerCaseNames) {

		static final Voice ENGLISH = new Voice(Locale.ENGLISH,
				new String[] { "The %s was excellent, thank you.", "Really enjoyed the %s.",
						"Great experience at %s." },
				new String[] { "The %s was disappointing.", "%s took far too long.",
						"Not happy with the %s this time." },
				true);

		static final Voice CHINESE = new Voice(Locale.SIMPLIFIED_CHINESE,
				new String[] { "%s非常好，谢谢。", "很满意%s。", "%s体验很棒。" }, new String[] { "%s让人失望。", "%s等了太久。", "这次对%s不太满意。" },
				false);

	}

	private final Random random;

	private final Instant now;

	private final String matrixKey;

	private final List<ChoiceOption> rows;

	/**
	 * {@code rows} are the matrix rows (touchpoints) in journey order; the last one is
	 * the end moment.
	 */
	public DemoPassengers(long seed, Instant now, String matrixKey, List<ChoiceOption> rows) {
		this.random = new Random(seed);
		this.now = now;
		this.matrixKey = matrixKey;
		this.rows = List.copyOf(rows);
	}

	public List<Submission> generate(int count) {
		List<Submission> result = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			result.add(passenger(i));
		}
		return result;
	}

	private Submission passenger(int index) {
		int daysAgo = random.nextInt(365);
		Instant at = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(random.nextInt(24 * 60)));
		Month month = at.atZone(ZoneOffset.UTC).getMonth();
		boolean business = random.nextDouble() < 0.25;
		Voice voice = random.nextDouble() < 0.3 ? Voice.CHINESE : Voice.ENGLISH;
		double shift = random.nextGaussian() * 0.6 + (business ? 0.3 : 0)
				+ (month == Month.JUNE || month == Month.JULY || month == Month.AUGUST ? -0.3 : 0);
		Map<String, List<String>> answers = new HashMap<>();
		int[] ratings = new int[rows.size()];
		for (int t = 0; t < rows.size(); t++) {
			boolean end = t == rows.size() - 1;
			if (random.nextDouble() < 0.08) {
				continue;
			}
			double mean = TOUCHPOINT_MEANS[t % TOUCHPOINT_MEANS.length] + shift + (end && daysAgo < 30 ? -1.2 : 0);
			ratings[t] = clamp((int) Math.round(mean + random.nextGaussian() * 0.8), 1, 5);
			answers.put(matrixKey + "." + rows.get(t).key(), List.of(String.valueOf(ratings[t])));
		}
		int nps = nps(ratings);
		answers.put("nps", List.of(String.valueOf(nps)));
		if (random.nextDouble() < 0.7) {
			// Check-in queue (standard: at most 10 minutes): a third did not queue, the
			// rest mostly 3–15 minutes.
			int wait = random.nextDouble() < 0.35 ? 0 : (int) Math.round(Math.abs(random.nextGaussian()) * 7 + 3);
			answers.put("checkin_wait", List.of(String.valueOf(wait)));
		}
		if (random.nextDouble() < 0.8) {
			// Crew greets by name (standard: yes): more often in business.
			answers.put("crew_name", List.of(random.nextDouble() < (business ? 0.85 : 0.55) ? "yes" : "no"));
		}
		comment(ratings, nps, voice, answers);
		Map<String, String> hidden = Map.of("flight", "SK" + (100 + random.nextInt(900)), "cabin",
				business ? "Business" : "Economy", "travel_type", random.nextDouble() < 0.4 ? "Business" : "Personal",
				"booking_ref", bookingRef());
		double c = random.nextDouble();
		CollectionChannel channel = c < 0.6 ? CollectionChannel.EMAIL
				: c < 0.85 ? CollectionChannel.QR : CollectionChannel.LINK;
		return Submission.builder(channel, voice.locale().toLanguageTag())
			.journeyInstanceKey(hidden.get("booking_ref"))
			.idempotencyKey("demo-" + index)
			.startedAt(at.minusSeconds(90 + random.nextInt(300)))
			.answers(answers)
			.hiddenValues(hidden)
			.submittedAt(at)
			.build();
	}

	/**
	 * The remembered experience: peak and end weigh more than the average (the peak-end
	 * rule).
	 */
	private int nps(int[] ratings) {
		int peak = 0;
		double sum = 0;
		int n = 0;
		for (int r : ratings) {
			if (r > 0) {
				peak = Math.max(peak, r);
				sum += r;
				n++;
			}
		}
		double mean = n == 0 ? 3 : sum / n;
		int last = ratings.length == 0 ? 0 : ratings[ratings.length - 1];
		double end = last > 0 ? last : mean;
		double remembered = PEAK_WEIGHT * (n == 0 ? 3 : peak) + END_WEIGHT * end + MEAN_WEIGHT * mean
				+ random.nextGaussian() * 0.35;
		return clamp((int) Math.round((remembered - 1) / 4 * 10 + random.nextGaussian() * 0.8), 0, 10);
	}

	private void comment(int[] ratings, int nps, Voice voice, Map<String, List<String>> answers) {
		int worst = -1;
		int best = -1;
		for (int t = 0; t < ratings.length; t++) {
			if (ratings[t] > 0 && (worst < 0 || ratings[t] < ratings[worst])) {
				worst = t;
			}
			if (ratings[t] > 0 && (best < 0 || ratings[t] > ratings[best])) {
				best = t;
			}
		}
		if (worst < 0) {
			return;
		}
		if (nps <= 6 && random.nextDouble() < 0.6) {
			answers.put("went_wrong", List.of(phrase(voice, voice.bad(), rows.get(worst))));
		}
		if (random.nextDouble() < 0.3) {
			boolean good = nps >= 9 || (nps > 6 && random.nextBoolean());
			answers.put("comment", List
				.of(good ? phrase(voice, voice.good(), rows.get(best)) : phrase(voice, voice.bad(), rows.get(worst))));
		}
	}

	private String phrase(Voice voice, String[] phrases, ChoiceOption row) {
		String name = row.label().in(voice.locale());
		String text = String.format(phrases[random.nextInt(phrases.length)],
				voice.lowerCaseNames() ? name.toLowerCase() : name);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private String bookingRef() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			sb.append((char) ('A' + random.nextInt(26)));
		}
		return sb.toString();
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

}
