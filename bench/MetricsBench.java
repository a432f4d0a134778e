/*
 * Dashboard speed benchmark (issue 5). Run by bench/metrics.sh; single-file Java, JDK + PostgreSQL and DuckDB
 * JDBC drivers on the class path.
 *
 *   generate: adds N generated post-flight responses (NPS + 8 touchpoint ratings, cabin and travel type) spread
 *             over the last 365 days to the demo survey in PostgreSQL (COPY), and the same rows to a DuckDB file.
 *   query:    times the dashboard API (overview and touchpoint breakdown, both reading rollups) and the same
 *             figures computed by a plain GROUP BY scan over the response rows, on PostgreSQL and on DuckDB.
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class MetricsBench {

	static Map<String, String> args = new HashMap<>();

	public static void main(String[] argv) throws Exception {
		for (int i = 1; i + 1 < argv.length; i += 2) {
			args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
		}
		if (argv[0].equals("generate")) {
			generate();
		}
		else {
			query();
		}
	}

	static Connection pg() throws Exception {
		return DriverManager.getConnection(args.get("jdbc"), args.get("db-user"), args.get("db-password"));
	}

	static long survey(Connection c) throws Exception {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
				"select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static void generate() throws Exception {
		long n = Long.parseLong(args.get("responses"));
		try (Connection c = pg(); Connection duck = DriverManager.getConnection("jdbc:duckdb:" + args.get("duckdb"))) {
			long survey = survey(c);
			long workspace;
			int version;
			String definition;
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
					"select workspace_id, current_version, definition from survey where id = " + survey)) {
				rs.next();
				workspace = rs.getLong(1);
				version = rs.getInt(2);
				definition = rs.getString(3);
			}
			List<String> rows = new ArrayList<>();
			Matcher m = Pattern.compile("\"key\"\\s*:\\s*\"(tp_\\d+)\"").matcher(definition);
			while (m.find() && rows.size() < 8) {
				rows.add(m.group(1));
			}
			try (Statement s = duck.createStatement()) {
				s.execute("create table if not exists response (id bigint, survey_id bigint, submitted_at timestamptz,"
						+ " channel varchar, language varchar)");
				s.execute("create table if not exists response_answer (response_id bigint, question_key varchar,"
						+ " row_key varchar, number_value double)");
				s.execute("create table if not exists response_field (response_id bigint, name varchar, field_value varchar)");
			}
			var copy = new org.postgresql.copy.CopyManager(c.unwrap(org.postgresql.core.BaseConnection.class));
			Random random = new Random(11);
			String[] channels = { "LINK", "QR", "EMAIL", "KIOSK" };
			Instant now = Instant.now();
			long started = System.nanoTime();
			// With --rollups java the rollups of the generated rows are summed here (what the application adds
			// after each response) and merged in at the end, instead of a rebuild through the API.
			Map<String, double[]> rollups = "java".equals(args.get("rollups")) ? new HashMap<>() : null;
			int chunk = 50_000;
			var appenderR = ((org.duckdb.DuckDBConnection) duck).createAppender("main", "response");
			var appenderA = ((org.duckdb.DuckDBConnection) duck).createAppender("main", "response_answer");
			var appenderF = ((org.duckdb.DuckDBConnection) duck).createAppender("main", "response_field");
			for (long done = 0; done < n; done += chunk) {
				int size = (int) Math.min(chunk, n - done);
				long first;
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
						"select setval(pg_get_serial_sequence('response', 'id'), nextval(pg_get_serial_sequence('response', 'id')) + "
								+ (size - 1) + ")")) {
					rs.next();
					first = rs.getLong(1) - size + 1;
				}
				StringBuilder responses = new StringBuilder(size * 100);
				StringBuilder answers = new StringBuilder(size * 9 * 50);
				StringBuilder fields = new StringBuilder(size * 2 * 40);
				for (int i = 0; i < size; i++) {
					long id = first + i;
					Instant at = now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
					String channel = channels[random.nextInt(channels.length)];
					String language = random.nextDouble() < 0.3 ? "zh-CN" : "en";
					responses.append(id).append(',').append(workspace).append(',').append(survey).append(',').append(version)
						.append(',').append(channel).append(',').append(language).append(',').append(at).append('\n');
					appenderR.beginRow();
					appenderR.append(id);
					appenderR.append(survey);
					appenderR.append(at.atOffset(ZoneOffset.UTC));
					appenderR.append(channel);
					appenderR.append(language);
					appenderR.endRow();
					double shift = random.nextGaussian() * 0.7;
					int nps = Math.max(0, Math.min(10, (int) Math.round(7.5 + 2 * shift + random.nextGaussian())));
					int[] ratings = new int[rows.size()];
					for (int r = 0; r < rows.size(); r++) {
						ratings[r] = Math.max(1, Math.min(5, (int) Math.round(3.8 + shift + random.nextGaussian() * 0.8)));
					}
					String cabin = random.nextDouble() < 0.25 ? "Business" : "Economy";
					String travel = random.nextDouble() < 0.4 ? "Business" : "Personal";
					answer(answers, appenderA, workspace, id, 0, "nps", "NPS", null, nps);
					for (int r = 0; r < rows.size(); r++) {
						answer(answers, appenderA, workspace, id, r + 1, "touchpoints", "MATRIX", rows.get(r), ratings[r]);
					}
					field(fields, appenderF, workspace, id, "cabin", cabin);
					field(fields, appenderF, workspace, id, "travel_type", travel);
					if (rollups != null) {
						String day = LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
						for (String[] dim : new String[][] { { "", "" }, { "cabin", cabin }, { "travel_type", travel } }) {
							String prefix = dim[0] + "," + dim[1] + ",";
							String suffix = "," + day + "," + channel + "," + language;
							add(rollups, prefix + "nps," + suffix, nps);
							for (int r = 0; r < rows.size(); r++) {
								add(rollups, prefix + "touchpoints," + rows.get(r) + suffix, ratings[r]);
							}
						}
					}
				}
				copy.copyIn("COPY response (id, workspace_id, survey_id, survey_version, channel, language, submitted_at)"
						+ " FROM STDIN WITH (FORMAT csv)", new StringReader(responses.toString()));
				copy.copyIn("COPY response_answer (workspace_id, response_id, ordinal, question_key, question_type, row_key,"
						+ " number_value) FROM STDIN WITH (FORMAT csv)", new StringReader(answers.toString()));
				copy.copyIn("COPY response_field (response_id, workspace_id, name, field_value) FROM STDIN WITH (FORMAT csv)",
						new StringReader(fields.toString()));
				if ((done / chunk) % 20 == 0) {
					System.out.printf("%,d responses written (%.0f s)%n", done + size, (System.nanoTime() - started) / 1e9);
				}
			}
			appenderR.close();
			appenderA.close();
			appenderF.close();
			if (rollups != null) {
				mergeRollups(c, copy, rollups, workspace, survey);
			}
			try (Statement s = c.createStatement()) {
				s.execute("analyze");
			}
			System.out.printf("generated %,d responses in %.0f s%n", n, (System.nanoTime() - started) / 1e9);
		}
	}

	static void add(Map<String, double[]> rollups, String key, int value) {
		double[] f = rollups.computeIfAbsent(key, k -> new double[14]);
		f[0]++;
		f[1] += value;
		f[2] += value * value;
		f[3 + value]++;
	}

	/** Adds the summed rollups to both rollup tables (merging with what the demo rows already put there). */
	static void mergeRollups(Connection c, org.postgresql.copy.CopyManager copy, Map<String, double[]> rollups,
			long workspace, long survey) throws Exception {
		try (Statement s = c.createStatement()) {
			s.execute("create temp table bench_rollup (dim_name varchar, dim_value varchar, question_key varchar,"
					+ " row_key varchar, rollup_day date, channel varchar, language varchar, n bigint, total double precision,"
					+ " total_sq double precision, h0 bigint, h1 bigint, h2 bigint, h3 bigint, h4 bigint, h5 bigint, h6 bigint,"
					+ " h7 bigint, h8 bigint, h9 bigint, h10 bigint)");
		}
		StringBuilder sb = new StringBuilder();
		rollups.forEach((key, f) -> {
			// Quoted, so that the empty dimension and row keys stay empty strings, not NULL.
			String[] parts = key.split(",", -1);
			for (int i = 0; i < parts.length; i++) {
				sb.append(i == 0 ? "" : ",").append('"').append(parts[i]).append('"');
			}
			for (int i = 0; i < f.length; i++) {
				sb.append(',').append(i == 1 || i == 2 ? String.valueOf(f[i]) : String.valueOf((long) f[i]));
			}
			sb.append('\n');
		});
		copy.copyIn("COPY bench_rollup FROM STDIN WITH (FORMAT csv)", new StringReader(sb.toString()));
		String sums = "n, total, total_sq, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10";
		StringBuilder update = new StringBuilder();
		for (String col : sums.split(", ")) {
			update.append(update.length() == 0 ? "" : ", ").append(col).append(" = t.").append(col).append(" + excluded.").append(col);
		}
		try (Statement s = c.createStatement()) {
			s.execute("insert into metric_rollup as t (workspace_id, survey_id, dim_name, dim_value, question_key, row_key,"
					+ " rollup_day, channel, language, touchpoint_id, " + sums + ") select " + workspace + ", " + survey
					+ ", dim_name, dim_value, question_key, row_key, rollup_day, channel, language, 0, " + sums
					+ " from bench_rollup on conflict on constraint pk_metric_rollup do update set " + update);
			s.execute("insert into metric_rollup_day as t (workspace_id, survey_id, dim_name, dim_value, question_key, row_key,"
					+ " rollup_day, " + sums + ") select " + workspace + ", " + survey + ", dim_name, dim_value, question_key,"
					+ " row_key, rollup_day, sum(n), sum(total), sum(total_sq), sum(h0), sum(h1), sum(h2), sum(h3), sum(h4),"
					+ " sum(h5), sum(h6), sum(h7), sum(h8), sum(h9), sum(h10) from bench_rollup"
					+ " group by dim_name, dim_value, question_key, row_key, rollup_day"
					+ " on conflict on constraint pk_metric_rollup_day do update set " + update);
		}
		System.out.printf("%,d rollup rows merged%n", rollups.size());
	}

	static void answer(StringBuilder sb, org.duckdb.DuckDBAppender duck, long workspace, long id, int ordinal,
			String key, String type, String row, int value) throws Exception {
		sb.append(workspace).append(',').append(id).append(',').append(ordinal).append(',').append(key).append(',')
			.append(type).append(',').append(row == null ? "" : row).append(',').append(value).append('\n');
		duck.beginRow();
		duck.append(id);
		duck.append(key);
		if (row == null) {
			duck.appendNull();
		}
		else {
			duck.append(row);
		}
		duck.append((double) value);
		duck.endRow();
	}

	static void field(StringBuilder sb, org.duckdb.DuckDBAppender duck, long workspace, long id, String name,
			String value) throws Exception {
		sb.append(id).append(',').append(workspace).append(',').append(name).append(',').append(value).append('\n');
		duck.beginRow();
		duck.append(id);
		duck.append(name);
		duck.append(value);
		duck.endRow();
	}

	static final String SCAN_OVERVIEW = """
			select sum(case when a.number_value >= 9 then 1 else 0 end), sum(case when a.number_value <= 6 then 1 else 0 end),
			       count(*)
			from response r join response_answer a on a.response_id = r.id
			where r.survey_id = ? and a.question_key = 'nps' and r.submitted_at >= ? and r.submitted_at < ?""";

	static final String SCAN_TOUCHPOINTS = """
			select a.row_key, count(*), avg(a.number_value), stddev_samp(a.number_value),
			       sum(case when a.number_value >= 4 then 1 else 0 end)
			from response r join response_answer a on a.response_id = r.id
			where r.survey_id = ? and a.question_key = 'touchpoints' and r.submitted_at >= ? and r.submitted_at < ?
			group by a.row_key""";

	static void query() throws Exception {
		int iterations = Integer.parseInt(args.getOrDefault("iterations", "50"));
		int scanIterations = Integer.parseInt(args.getOrDefault("scan-iterations", "7"));
		HttpClient client = HttpClient.newHttpClient();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String range30 = "from=" + today.minusDays(29) + "&to=" + today;
		String range365 = "from=" + today.minusDays(364) + "&to=" + today;
		List<String> lines = new ArrayList<>();
		long survey;
		try (Connection c = pg()) {
			survey = survey(c);
		}
		for (String[] q : new String[][] { { "overview, 30 days", "/api/v1/metrics/overview?" + range30 },
				{ "overview, 365 days", "/api/v1/metrics/overview?" + range365 },
				{ "touchpoint breakdown, 30 days", "/api/v1/metrics/touchpoints?" + range30 },
				{ "touchpoint breakdown, 365 days", "/api/v1/metrics/touchpoints?" + range365 } }) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(args.get("url") + q[1] + "&survey=" + survey))
				.header("Authorization", "Bearer " + args.get("token"))
				.build();
			for (int i = 0; i < 5; i++) {
				client.send(request, HttpResponse.BodyHandlers.discarding());
			}
			long[] times = new long[iterations];
			for (int i = 0; i < iterations; i++) {
				long t = System.nanoTime();
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				times[i] = System.nanoTime() - t;
				if (response.statusCode() != 200) {
					throw new IllegalStateException(q[1] + " -> " + response.statusCode() + " " + response.body());
				}
			}
			lines.add(row("PeakXM API (rollups): " + q[0], times));
		}
		Instant now = Instant.now();
		Instant from30 = today.minusDays(29).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant from365 = today.minusDays(364).atStartOfDay(ZoneOffset.UTC).toInstant();
		try (Connection c = pg(); Connection duck = DriverManager.getConnection("jdbc:duckdb:" + args.get("duckdb"))) {
			for (Object[] q : new Object[][] { { "overview, 30 days", SCAN_OVERVIEW, from30 },
					{ "overview, 365 days", SCAN_OVERVIEW, from365 },
					{ "touchpoint breakdown, 30 days", SCAN_TOUCHPOINTS, from30 },
					{ "touchpoint breakdown, 365 days", SCAN_TOUCHPOINTS, from365 } }) {
				lines.add(row("PostgreSQL GROUP BY scan: " + q[0], time(c, (String) q[1], survey, (Instant) q[2], now, scanIterations)));
				lines.add(row("DuckDB GROUP BY scan: " + q[0], time(duck, (String) q[1], survey, (Instant) q[2], now, scanIterations)));
			}
		}
		System.out.println();
		System.out.println("| query | p50 ms | p95 ms | runs |");
		System.out.println("|---|---|---|---|");
		lines.forEach(System.out::println);
	}

	static long[] time(Connection c, String sql, long survey, Instant from, Instant to, int iterations) throws Exception {
		long[] times = new long[iterations];
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			ps.setLong(1, survey);
			ps.setObject(2, from.atOffset(ZoneOffset.UTC));
			ps.setObject(3, to.atOffset(ZoneOffset.UTC));
			for (int i = -1; i < iterations; i++) {
				long t = System.nanoTime();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						rs.getObject(1);
					}
				}
				if (i >= 0) {
					times[i] = System.nanoTime() - t;
				}
			}
		}
		return times;
	}

	static String row(String label, long[] times) {
		long[] sorted = times.clone();
		Arrays.sort(sorted);
		double p50 = sorted[(int) Math.ceil(0.5 * sorted.length) - 1] / 1e6;
		double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
		String line = String.format("| %s | %.1f | %.1f | %d |", label, p50, p95, times.length);
		System.out.println(line);
		return line;
	}
}
