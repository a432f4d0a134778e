/*
 * Journey analysis speed benchmark (issue 6). Run by bench/insights.sh; single-file Java, JDK + PostgreSQL JDBC
 * driver on the class path.
 *
 *   generate: adds N generated responses to the demo's post-flight survey, spread over the last 365 days, by COPY:
 *             the response rows with their packed scores (one character per scale slot of the survey's current
 *             version), their answer rows (NPS, one row per rated touchpoint, the hidden fields) and two hidden
 *             fields (cabin, travel type). The slot layout is computed from the version's JSON definition with the
 *             rule of ScoreVector.slots and checked against the stored scores of existing responses first.
 *             Ratings come from a seeded model with a real peak-end effect: the overall NPS follows the best, the
 *             worst and the last touchpoint more than the mean. About 5 % of the touchpoints are left unanswered.
 *   read:     times the database read of the analysis alone: the same query as the application's ScoreReader,
 *             streamed through JDBC with a fetch size of 10,000, each row decoded into ratings in journey order.
 *   query:    times the analysis API for the whole year (warm-ups, then timed calls), once with a segment filter,
 *             and each sub-endpoint once; prints the responses read and used from the JSON.
 */

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class InsightsBench {

	static final int FETCH_SIZE = 10_000;

	static final double UNANSWERED = 0.05;

	static Map<String, String> args = new HashMap<>();

	public static void main(String[] argv) throws Exception {
		for (int i = 1; i + 1 < argv.length; i += 2) {
			args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
		}
		switch (argv[0]) {
			case "generate" -> generate();
			case "read" -> read();
			case "query" -> query();
			default -> throw new IllegalArgumentException("generate, read or query, not " + argv[0]);
		}
	}

	static Connection pg() throws Exception {
		return DriverManager.getConnection(args.get("jdbc"), args.get("db-user"), args.get("db-password"));
	}

	/** The analysed year: the same default range as the application (the last 365 days up to today, UTC). */
	static LocalDate[] year() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		return new LocalDate[] { today.minusDays(364), today };
	}

	// ---------------------------------------------------------------------------------------------- layout

	/** One scale slot of a survey version: a scale question or a matrix row, in definition order. */
	record Slot(String questionKey, String rowKey, String type, Long touchpointId) {

		boolean onFivePoints() {
			return type.equals("MATRIX") || type.equals("CSAT") || type.equals("RATING");
		}
	}

	/** Where the analysis finds each touchpoint and the outcome in the packed scores of the current version. */
	record Layout(long survey, long workspace, int version, List<Slot> slots, int outcomeSlot, int[] touchpointSlots,
			long[] touchpointIds, String[] names, int[] designedEmotion, int endIndex, List<String> hiddenFields) {
	}

	static long survey(Connection c) throws Exception {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
				"select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * The slots of the survey's current version with the rule of ScoreVector.slots (scale questions NPS, CSAT, CES,
	 * RATING and every matrix row, in definition order; a matrix row rates the row's touchpoint), and the rated
	 * touchpoints in journey order (stages by position, touchpoints by position) as JourneyLayout takes them.
	 */
	static Layout layout(Connection c) throws Exception {
		long survey = survey(c);
		long workspace;
		int version;
		long journey;
		try (PreparedStatement ps = c.prepareStatement("""
				select s.workspace_id, s.current_version, (v.definition::jsonb ->> 'journeyId')::bigint
				from survey s join survey_version v on v.survey_id = s.id and v.number = s.current_version
				where s.id = ?""")) {
			ps.setLong(1, survey);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				workspace = rs.getLong(1);
				version = rs.getInt(2);
				journey = rs.getLong(3);
			}
		}
		List<Slot> slots = new ArrayList<>();
		List<String> hidden = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("""
				select q.value ->> 'key', r.value ->> 'key', q.value ->> 'type',
				       (case when q.value ->> 'type' = 'MATRIX' then r.value ->> 'touchpointId'
				             else q.value ->> 'touchpointId' end)::bigint
				from survey_version v
				cross join lateral jsonb_array_elements(v.definition::jsonb -> 'questions') with ordinality q(value, i)
				left join lateral jsonb_array_elements(case when q.value ->> 'type' = 'MATRIX' then q.value -> 'rows'
				    else '[]'::jsonb end) with ordinality r(value, j) on true
				where v.survey_id = ? and v.number = ?
				  and (q.value ->> 'type' in ('NPS', 'CSAT', 'CES', 'RATING', 'HIDDEN')
				       or (q.value ->> 'type' = 'MATRIX' and r.value is not null))
				order by q.i, r.j""")) {
			ps.setLong(1, survey);
			ps.setInt(2, version);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					if (rs.getString(3).equals("HIDDEN")) {
						hidden.add(rs.getString(1));
					}
					else {
						slots.add(new Slot(rs.getString(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4)));
					}
				}
			}
		}
		int outcome = -1;
		for (int s = 0; s < slots.size() && outcome < 0; s++) {
			Slot slot = slots.get(s);
			if (slot.type().equals("NPS") && slot.rowKey() == null && slot.touchpointId() == null) {
				outcome = s;
			}
		}
		if (outcome < 0) {
			throw new IllegalStateException("survey " + survey + " has no NPS question");
		}
		List<long[]> rated = new ArrayList<>();
		List<String> names = new ArrayList<>();
		int end = -1;
		try (PreparedStatement ps = c.prepareStatement("""
				select t.id, t.end_moment, t.designed_emotion, t.name_en
				from touchpoint t join journey_stage s on s.id = t.stage_id
				where t.journey_id = ? and t.removed_at is null and s.removed_at is null
				order by s.position, s.id, t.position, t.id""")) {
			ps.setLong(1, journey);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					long id = rs.getLong(1);
					int slot = -1;
					for (int s = 0; s < slots.size() && slot < 0; s++) {
						if (Long.valueOf(id).equals(slots.get(s).touchpointId()) && slots.get(s).onFivePoints()) {
							slot = s;
						}
					}
					if (slot >= 0) {
						if (rs.getBoolean(2)) {
							end = rated.size();
						}
						rated.add(new long[] { id, slot, rs.getInt(3) });
						names.add(rs.getString(4));
					}
				}
			}
		}
		int[] touchpointSlots = rated.stream().mapToInt(r -> (int) r[1]).toArray();
		long[] ids = rated.stream().mapToLong(r -> r[0]).toArray();
		int[] emotion = rated.stream().mapToInt(r -> (int) r[2]).toArray();
		return new Layout(survey, workspace, version, List.copyOf(slots), outcome, touchpointSlots, ids,
				names.toArray(String[]::new), emotion, end, List.copyOf(hidden));
	}

	/** Packs answers as ScoreVector.encode does: the value as a base-36 digit per slot, '-' where unanswered. */
	static String encode(Map<String, Integer> position, int slots, List<Object[]> answers) {
		char[] packed = new char[slots];
		Arrays.fill(packed, '-');
		for (Object[] a : answers) {
			Integer at = position.get(a[0] + "\u0000" + (a[1] == null ? "" : a[1]));
			double value = (Double) a[2];
			if (at != null && value == Math.rint(value) && value >= 0 && value <= 35) {
				packed[at] = Character.forDigit((int) value, 36);
			}
		}
		return new String(packed);
	}

	/**
	 * Checks the computed slot layout against the application's own packing: re-packs the answer rows of up to 200
	 * existing responses of the version and compares with their stored scores.
	 */
	static void checkLayout(Connection c, Layout layout) throws Exception {
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < layout.slots().size(); i++) {
			Slot s = layout.slots().get(i);
			position.put(s.questionKey() + "\u0000" + (s.rowKey() == null ? "" : s.rowKey()), i);
		}
		Map<Long, String> stored = new HashMap<>();
		Map<Long, List<Object[]>> answers = new HashMap<>();
		try (PreparedStatement ps = c.prepareStatement("""
				select r.id, r.scores, a.question_key, a.row_key, a.number_value
				from (select id, scores from response where survey_id = ? and survey_version = ? and scores is not null
				      order by id limit 200) r
				left join response_answer a on a.response_id = r.id and a.number_value is not null""")) {
			ps.setLong(1, layout.survey());
			ps.setInt(2, layout.version());
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					long id = rs.getLong(1);
					stored.put(id, rs.getString(2));
					List<Object[]> list = answers.computeIfAbsent(id, k -> new ArrayList<>());
					if (rs.getString(3) != null) {
						list.add(new Object[] { rs.getString(3), rs.getString(4), rs.getDouble(5) });
					}
				}
			}
		}
		int same = 0;
		for (Map.Entry<Long, String> e : stored.entrySet()) {
			String packed = encode(position, layout.slots().size(), answers.get(e.getKey()));
			if (!packed.equals(e.getValue())) {
				throw new IllegalStateException("computed slot layout does not match response " + e.getKey() + ": stored "
						+ e.getValue() + ", re-packed " + packed);
			}
			same++;
		}
		System.out.printf("slot layout: %d slots (outcome NPS in slot %d, %d touchpoints in journey order, end moment %s);"
				+ " re-packing the answers of %d existing responses gives their stored scores%n", layout.slots().size(),
				layout.outcomeSlot(), layout.touchpointSlots().length,
				layout.endIndex() < 0 ? "none" : layout.names()[layout.endIndex()], same);
	}

	// -------------------------------------------------------------------------------------------- generate

	static void generate() throws Exception {
		long n = Long.parseLong(args.get("responses"));
		long seed = Long.parseLong(args.getOrDefault("seed", "42"));
		int chunk = Integer.parseInt(args.getOrDefault("chunk", "20000"));
		try (Connection c = pg(); Connection ids = pg()) {
			Layout layout = layout(c);
			checkLayout(c, layout);
			int slots = layout.slots().size();
			int tps = layout.touchpointSlots().length;
			if (!layout.hiddenFields().containsAll(List.of("cabin", "travel_type"))) {
				System.out.println("note: the survey has no hidden fields cabin and travel_type; written anyway");
			}
			Random random = new Random(seed);
			// Each touchpoint's typical rating: its designed emotion (-2..+2) and a fixed offset of its own.
			double[] base = new double[tps];
			for (int t = 0; t < tps; t++) {
				base[t] = 3.55 + 0.2 * layout.designedEmotion()[t] + 0.25 * random.nextGaussian();
			}
			long first;
			try (Statement s = ids.createStatement(); ResultSet rs = s.executeQuery(
					"select setval(pg_get_serial_sequence('response', 'id'), nextval(pg_get_serial_sequence('response', 'id')) + "
							+ (n - 1) + ")")) {
				rs.next();
				first = rs.getLong(1) - n + 1;
			}
			LocalDate[] year = year();
			long fromMillis = year[0].atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
			long span = Instant.now().toEpochMilli() - fromMillis;
			var copy = new org.postgresql.copy.CopyManager(c.unwrap(org.postgresql.core.BaseConnection.class));
			// The next chunk is generated while the previous one is written.
			ExecutorService writer = Executors.newSingleThreadExecutor();
			Future<?> pending = null;
			long started = System.nanoTime();
			long answerRows = 0;
			long complete = 0;
			double npsTotal = 0;
			double[] ratings = new double[tps];
			char[] packed = new char[slots];
			long reported = 0;
			for (long done = 0; done < n; done += chunk) {
				int size = (int) Math.min(chunk, n - done);
				StringBuilder responses = new StringBuilder(size * 120);
				StringBuilder answers = new StringBuilder(size * (tps + 3) * 36);
				StringBuilder fields = new StringBuilder(size * 2 * 30);
				for (int i = 0; i < size; i++) {
					long id = first + done + i;
					boolean business = random.nextDouble() < 0.25;
					String cabin = business ? "Business" : "Economy";
					String travel = random.nextDouble() < 0.4 ? "Business" : "Personal";
					// A passenger's general mood, plus now and then one moment that goes wrong or delights.
					double mood = 0.45 * random.nextGaussian() + (business ? 0.25 : 0);
					int incident = random.nextDouble() < 0.15 ? random.nextInt(tps) : -1;
					int delight = random.nextDouble() < 0.12 ? random.nextInt(tps) : -1;
					double high = Double.NEGATIVE_INFINITY, low = Double.POSITIVE_INFINITY, sum = 0;
					int answered = 0, last = -1;
					for (int t = 0; t < tps; t++) {
						if (random.nextDouble() < UNANSWERED) {
							ratings[t] = Double.NaN;
							continue;
						}
						double r = base[t] + mood + 0.7 * random.nextGaussian() - (t == incident ? 2.2 : 0)
								+ (t == delight ? 1.5 : 0);
						ratings[t] = Math.max(1, Math.min(5, Math.round(r)));
						high = Math.max(high, ratings[t]);
						low = Math.min(low, ratings[t]);
						sum += ratings[t];
						answered++;
						last = t;
					}
					// The remembered experience: peak, trough and end weigh more than the mean (ratings 1-5).
					int endAt = layout.endIndex() >= 0 && !Double.isNaN(ratings[layout.endIndex()]) ? layout.endIndex() : last;
					double remembered = answered == 0 ? 3
							: 0.28 * high + 0.27 * low + 0.30 * ratings[endAt] + 0.15 * sum / answered;
					int nps = (int) Math.max(0, Math.min(10, Math.round(2.6 * (remembered - 1) + 0.4 + 0.9 * random.nextGaussian())));
					npsTotal += nps;
					if (answered == tps) {
						complete++;
					}
					Arrays.fill(packed, '-');
					packed[layout.outcomeSlot()] = Character.forDigit(nps, 36);
					for (int t = 0; t < tps; t++) {
						if (!Double.isNaN(ratings[t])) {
							packed[layout.touchpointSlots()[t]] = Character.forDigit((int) ratings[t], 36);
						}
					}
					Instant at = Instant.ofEpochMilli(fromMillis + (long) (random.nextDouble() * span));
					Instant begun = at.minusSeconds(60 + random.nextInt(300));
					responses.append(id).append(',').append(layout.workspace()).append(',').append(layout.survey())
						.append(',').append(layout.version()).append(",API,en,").append(begun).append(',').append(at)
						.append(',').append(packed).append('\n');
					// Answer rows in definition order, as the application writes them (ordinal counts the answers).
					int ordinal = 0;
					for (int s = 0; s < slots; s++) {
						if (packed[s] != '-') {
							Slot slot = layout.slots().get(s);
							answers.append(layout.workspace()).append(',').append(id).append(',').append(ordinal++).append(',')
								.append(slot.questionKey()).append(',').append(slot.type()).append(',')
								.append(slot.rowKey() == null ? "" : slot.rowKey()).append(",,")
								.append(Character.digit(packed[s], 36)).append(",\n");
						}
					}
					for (String[] f : new String[][] { { "cabin", cabin }, { "travel_type", travel } }) {
						answers.append(layout.workspace()).append(',').append(id).append(',').append(ordinal++).append(',')
							.append(f[0]).append(",HIDDEN,,,,").append(f[1]).append('\n');
						fields.append(id).append(',').append(layout.workspace()).append(',').append(f[0]).append(',')
							.append(f[1]).append('\n');
					}
					answerRows += ordinal;
				}
				if (pending != null) {
					pending.get();
				}
				pending = writer.submit(() -> {
					copy.copyIn("COPY response (id, workspace_id, survey_id, survey_version, channel, language, started_at,"
							+ " submitted_at, scores) FROM STDIN WITH (FORMAT csv)", new StringReader(responses.toString()));
					copy.copyIn("COPY response_answer (workspace_id, response_id, ordinal, question_key, question_type, row_key,"
							+ " option_key, number_value, text_value) FROM STDIN WITH (FORMAT csv)",
							new StringReader(answers.toString()));
					copy.copyIn("COPY response_field (response_id, workspace_id, name, field_value) FROM STDIN WITH (FORMAT csv)",
							new StringReader(fields.toString()));
					return null;
				});
				if (done + size - reported >= 100_000 || done + size == n) {
					reported = done + size;
					System.out.printf("%,d responses generated (%.0f s)%n", reported, (System.nanoTime() - started) / 1e9);
				}
			}
			pending.get();
			writer.shutdown();
			double written = (System.nanoTime() - started) / 1e9;
			System.out.printf("generated %,d responses (%,d answer rows, %,d hidden field rows) in %.1f s; mean NPS answer"
					+ " %.2f, complete cases (every touchpoint rated) %.1f %%%n", n, answerRows, 2 * n, written, npsTotal / n,
					100.0 * complete / n);
			// VACUUM as well as ANALYZE: sets the hint bits and the visibility map now, so that neither the first
			// timed read nor an autovacuum of the new rows runs during the timing.
			long t = System.nanoTime();
			try (Statement s = c.createStatement()) {
				s.execute("vacuum (analyze) response, response_answer, response_field");
			}
			System.out.printf("vacuum analyze in %.1f s%n", (System.nanoTime() - t) / 1e9);
		}
	}

	// ------------------------------------------------------------------------------------------------ read

	static final String READ = """
			select r.survey_version, r.scores from response r
			where r.workspace_id = ? and r.survey_id = ? and r.submitted_at >= ? and r.submitted_at < ?""";

	static void read() throws Exception {
		int iterations = Integer.parseInt(args.getOrDefault("iterations", "5"));
		try (Connection c = pg()) {
			Layout layout = layout(c);
			int[] slots = layout.touchpointSlots();
			LocalDate[] year = year();
			c.setAutoCommit(false);
			long[] times = new long[iterations];
			long rows = 0;
			try (PreparedStatement ps = c.prepareStatement(READ)) {
				ps.setFetchSize(FETCH_SIZE);
				ps.setLong(1, layout.workspace());
				ps.setLong(2, layout.survey());
				ps.setTimestamp(3, Timestamp.from(year[0].atStartOfDay(ZoneOffset.UTC).toInstant()));
				ps.setTimestamp(4, Timestamp.from(year[1].plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
				double[] ratings = new double[slots.length];
				for (int i = -1; i < iterations; i++) {
					long t = System.nanoTime();
					rows = 0;
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							rs.getInt(1);
							String scores = rs.getString(2);
							for (int j = 0; j < slots.length; j++) {
								int digit = scores == null || slots[j] >= scores.length() ? -1
										: Character.digit(scores.charAt(slots[j]), 36);
								ratings[j] = digit >= 1 && digit <= 5 ? digit : Double.NaN;
							}
							rows++;
						}
					}
					if (i >= 0) {
						times[i] = System.nanoTime() - t;
					}
				}
			}
			c.commit();
			System.out.println();
			System.out.println("| database read alone (JDBC, fetch size " + FETCH_SIZE + ", decoded) | p50 ms | p95 ms | max ms | runs | rows |");
			System.out.println("|---|---|---|---|---|---|");
			row("survey_version, scores of the year", times, String.format("%,d", rows));
		}
	}

	// ----------------------------------------------------------------------------------------------- query

	static void query() throws Exception {
		int iterations = Integer.parseInt(args.getOrDefault("iterations", "7"));
		int warmups = Integer.parseInt(args.getOrDefault("warmups", "2"));
		long survey;
		try (Connection c = pg()) {
			survey = survey(c);
		}
		LocalDate[] year = year();
		String filter = "survey=" + survey + "&from=" + year[0] + "&to=" + year[1];
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		List<String> lines = new ArrayList<>();

		String full = "/api/v1/insights?" + filter;
		String body = null;
		for (int i = 0; i < warmups; i++) {
			long t = System.nanoTime();
			body = get(client, full);
			System.out.printf("warm-up %d: %.0f ms%n", i + 1, (System.nanoTime() - t) / 1e6);
		}
		long[] times = new long[iterations];
		for (int i = 0; i < iterations; i++) {
			long t = System.nanoTime();
			body = get(client, full);
			times[i] = System.nanoTime() - t;
			System.out.printf("run %d: %.0f ms%n", i + 1, times[i] / 1e6);
		}
		lines.add(row("full analysis, 365 days", times, readUsed(body)));
		describe(body);

		String segment = "/api/v1/insights?" + filter + "&segmentField=cabin&segmentValue=Business";
		long t = System.nanoTime();
		String segmentBody = get(client, segment);
		lines.add(row("full analysis, 365 days, cabin = Business", new long[] { System.nanoTime() - t },
				readUsed(segmentBody)));

		for (String[] sub : new String[][] { { "curve", "/api/v1/insights/curve?" + filter },
				{ "peak-end", "/api/v1/insights/peak-end?" + filter },
				{ "drivers", "/api/v1/insights/drivers?" + filter },
				{ "recommendations", "/api/v1/insights/recommendations?" + filter },
				{ "options (filters offered)", "/api/v1/insights/options?survey=" + survey } }) {
			t = System.nanoTime();
			get(client, sub[1]);
			lines.add(row(sub[0], new long[] { System.nanoTime() - t }, ""));
		}
		System.out.println();
		System.out.println("| call | p50 ms | p95 ms | max ms | runs | responses read / peak-end used / drivers used |");
		System.out.println("|---|---|---|---|---|---|");
		lines.forEach(System.out::println);
	}

	static String get(HttpClient client, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(args.get("url") + path))
			.header("Authorization", "Bearer " + args.get("token"))
			.timeout(Duration.ofMinutes(20))
			.build();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	/** "responses read / peak-end used / drivers used" of a full analysis. */
	static String readUsed(String json) {
		return String.format("%,d / %s / %s", number(json, "\"responses\":(\\d+)"), used(peakEndPart(json)),
				used(driversPart(json)));
	}

	static String peakEndPart(String json) {
		int start = json.indexOf("\"peakEnd\":");
		int end = json.indexOf("\"peakEndProblem\"");
		return start < 0 || end < start ? "" : json.substring(start, end);
	}

	static String driversPart(String json) {
		int start = json.indexOf("\"peakEndProblem\"");
		int end = json.indexOf("\"driversProblem\"");
		return start < 0 || end < start ? "" : json.substring(start, end);
	}

	static String used(String part) {
		Matcher m = Pattern.compile("\"used\":(\\d+),\"skipped\":(\\d+)").matcher(part);
		return m.find() ? String.format("%,d", Long.parseLong(m.group(1))) : "none";
	}

	static long number(String json, String regex) {
		Matcher m = Pattern.compile(regex).matcher(json);
		return m.find() ? Long.parseLong(m.group(1)) : -1;
	}

	/** What the analysis found in the generated data: the peak-end model against the mean-only model. */
	static void describe(String json) {
		String peakEnd = peakEndPart(json);
		int meanOnly = peakEnd.indexOf("\"meanOnly\"");
		if (meanOnly < 0) {
			System.out.println("no peak-end fit in the answer");
			return;
		}
		StringBuilder weights = new StringBuilder();
		Matcher w = Pattern.compile("\"component\":\"(\\w+)\",\"coefficient\":[^,]+,\"standardized\":([-0-9.Ee]+)")
			.matcher(peakEnd.substring(0, meanOnly));
		while (w.find()) {
			weights.append(String.format(" %s %.2f", w.group(1), Double.parseDouble(w.group(2))));
		}
		Matcher adj = Pattern.compile("\"adjustedRSquared\":([-0-9.Ee]+)").matcher(peakEnd);
		double peakEndR2 = adj.find() ? Double.parseDouble(adj.group(1)) : Double.NaN;
		double meanOnlyR2 = adj.find() ? Double.parseDouble(adj.group(1)) : Double.NaN;
		Matcher better = Pattern.compile("\"better\":\"(\\w+)\"").matcher(peakEnd);
		System.out.printf("peak-end model: standardized weights%s; adjusted R² %.3f vs mean-only %.3f; better: %s%n",
				weights, peakEndR2, meanOnlyR2, better.find() ? better.group(1) : "?");
		Matcher r2 = Pattern.compile("\"rSquared\":([-0-9.Ee]+)").matcher(driversPart(json));
		if (r2.find()) {
			System.out.printf("key drivers: R² %.3f%n", Double.parseDouble(r2.group(1)));
		}
	}

	static String row(String label, long[] times, String extra) {
		long[] sorted = times.clone();
		Arrays.sort(sorted);
		double p50 = sorted[(int) Math.ceil(0.5 * sorted.length) - 1] / 1e6;
		double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
		double max = sorted[sorted.length - 1] / 1e6;
		String line = String.format("| %s | %,.1f | %,.1f | %,.1f | %d | %s |", label, p50, p95, max, times.length, extra);
		System.out.println(line);
		return line;
	}
}
