/*
 * Load client for PeakXM's response submission (issue 4's speed goal). A single-file Java program, run by
 * bench/submit.sh; no dependencies besides the JDK (and the PostgreSQL driver for the raw JDBC comparison).
 *
 *   java -cp postgresql.jar bench/SubmitLoad.java --url http://localhost:8080 --token pxm_… --survey 1 \
 *        --jdbc jdbc:postgresql://127.0.0.1/db --db-user u --db-password p [--seconds 20] [--concurrency 32]
 *
 * Phases: (1) warm-up; (2) closed loop at full speed with N requests in flight: sustained responses/s and latency;
 * (3) open loop at half that rate (requests are scheduled on a fixed clock, and latency is measured from the
 * scheduled time, so a stall is not hidden by the client waiting); (4) raw JDBC batch inserts of the same rows
 * (response + 10 answers, 100 responses per transaction) into the same database, as the ceiling to compare with.
 * Each HTTP request is one 10-answer response (NPS, 8 touchpoint ratings, a comment) with its own Idempotency-Key.
 * With {@code --rate R} only phases (3), at R per second, and (4) run: bench/submit.sh measures full speed with wrk,
 * whose CPU cost per request is a fraction of this client's.
 */

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SubmitLoad {

	static Map<String, String> args = new HashMap<>();

	static HttpClient client;

	static String url;

	static String token;

	static long survey;

	static List<String> rows = new ArrayList<>();

	static final AtomicLong sequence = new AtomicLong();

	static final String RUN = Long.toString(System.currentTimeMillis(), 36);

	public static void main(String[] argv) throws Exception {
		for (int i = 0; i + 1 < argv.length; i += 2) {
			args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
		}
		url = args.getOrDefault("url", "http://localhost:8080");
		token = args.get("token");
		survey = Long.parseLong(args.get("survey"));
		int seconds = Integer.parseInt(args.getOrDefault("seconds", "20"));
		int concurrency = Integer.parseInt(args.getOrDefault("concurrency", "32"));
		client = HttpClient.newBuilder()
			.executor(Executors.newFixedThreadPool(4, task -> {
				Thread thread = new Thread(task);
				thread.setDaemon(true); // a failed run ends instead of hanging
				return thread;
			}))
			.connectTimeout(Duration.ofSeconds(5))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		String definition = client.send(request("/api/v1/surveys/" + survey).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = Pattern.compile("\"key\"\\s*:\\s*\"(tp_\\d+)\"").matcher(definition);
		while (m.find() && rows.size() < 8) {
			rows.add(m.group(1));
		}
		if (rows.size() < 8) {
			throw new IllegalStateException("the survey needs a matrix with 8 touchpoint rows: " + definition);
		}
		System.out.printf("survey %d, rows %s, %d s per phase, %d in flight%n", survey, rows, seconds, concurrency);

		String jdbc = args.get("jdbc");
		if (args.containsKey("rate")) {
			// Full speed was measured by another client (wrk): only the open loop at the given rate and raw JDBC.
			double rate = Double.parseDouble(args.get("rate"));
			// This JVM is cold (the server is not): warm it up at the same rate first, uncounted.
			openLoop("warm-up", Math.max(5, seconds / 3), rate);
			Result open = openLoop("open loop", seconds, rate);
			double raw = jdbc == null ? 0 : rawJdbc(jdbc, seconds);
			System.out.println(open.row(String.format("HTTP, open loop at %.0f/s", open.perSecond())));
			if (raw > 0) {
				System.out.printf("| raw JDBC batches, 100 responses per transaction, 2 threads | %.0f | | | | |%n", raw);
			}
			System.exit(0);
		}
		closedLoop("warm-up", Math.max(5, seconds / 2), concurrency);
		Result full = closedLoop("full speed", seconds, concurrency);
		Result half = openLoop("half rate", seconds, full.perSecond() / 2);
		double raw = jdbc == null ? 0 : rawJdbc(jdbc, seconds);
		System.out.println();
		System.out.println("| measurement | responses/s | p50 ms | p99 ms | max ms | errors |");
		System.out.println("|---|---|---|---|---|---|");
		System.out.println(full.row("HTTP, " + concurrency + " in flight (full speed)"));
		System.out.println(half.row("HTTP, open loop at half that rate"));
		if (raw > 0) {
			System.out.printf("| raw JDBC batches, 100 responses per transaction, 2 threads | %.0f | | | | |%n", raw);
		}
		System.exit(0);
	}

	record Result(long count, long errors, double seconds, long[] latencies) {

		double perSecond() {
			return count / seconds;
		}

		double percentile(double p) {
			if (latencies.length == 0) {
				return 0;
			}
			return latencies[(int) Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] / 1e6;
		}

		String row(String label) {
			return String.format("| %s | %.0f | %.1f | %.1f | %.1f | %d |", label, perSecond(), percentile(0.5),
					percentile(0.99), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6, errors);
		}
	}

	static HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(url + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token);
	}

	static HttpRequest submission() {
		long n = sequence.incrementAndGet();
		StringBuilder body = new StringBuilder("{\"answers\":{\"nps\":").append(n % 11).append(",\"touchpoints\":{");
		for (int i = 0; i < rows.size(); i++) {
			body.append(i == 0 ? "" : ",").append('"').append(rows.get(i)).append("\":").append(1 + (n + i) % 5);
		}
		body.append("},\"comment\":\"Load test response ").append(n).append("\"},\"language\":\"en\"}");
		return request("/api/v1/surveys/" + survey + "/responses").header("Content-Type", "application/json")
			.header("Idempotency-Key", "load-" + RUN + "-" + n)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
	}

	static Result closedLoop(String label, int seconds, int concurrency) throws Exception {
		Semaphore permits = new Semaphore(concurrency);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong();
		long start = System.nanoTime();
		long end = start + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < end) {
			permits.acquire();
			long sent = System.nanoTime();
			client.sendAsync(submission(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, ex) -> {
				latencies.add(System.nanoTime() - sent);
				if (ex != null || r.statusCode() != 201) {
					if (errors.incrementAndGet() <= 3) {
						System.out.println("error: " + (ex != null ? ex : r.statusCode()));
					}
				}
				permits.release();
			});
		}
		permits.acquire(concurrency);
		double elapsed = (System.nanoTime() - start) / 1e9;
		Result result = new Result(latencies.size(), errors.get(), elapsed, sorted(latencies));
		System.out.println(result.row(label));
		return result;
	}

	static Result openLoop(String label, int seconds, double rate) throws Exception {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong();
		List<CompletableFuture<?>> pending = new ArrayList<>();
		long interval = (long) (1e9 / rate);
		long start = System.nanoTime();
		long total = (long) (rate * seconds);
		for (long i = 0; i < total; i++) {
			long scheduled = start + i * interval;
			long wait = scheduled - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			pending.add(client.sendAsync(submission(), HttpResponse.BodyHandlers.discarding()).handle((r, ex) -> {
				latencies.add(System.nanoTime() - scheduled);
				if (ex != null || r.statusCode() != 201) {
					// Counted, not thrown: a timed-out request must not end the run before the others.
					if (errors.incrementAndGet() <= 3) {
						System.out.println("error: " + (ex != null ? ex : r.statusCode()));
					}
				}
				return null;
			}));
		}
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
		double elapsed = (System.nanoTime() - start) / 1e9;
		Result result = new Result(latencies.size(), errors.get(), elapsed, sorted(latencies));
		System.out.printf("%s (target %.0f/s): %s%n", label, rate, result.row(label));
		return result;
	}

	static long[] sorted(ConcurrentLinkedQueue<Long> values) {
		long[] array = values.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(array);
		return array;
	}

	/** The same rows written by plain JDBC batches from two threads: responses per second. */
	static double rawJdbc(String jdbcUrl, int seconds) throws Exception {
		long workspace;
		int version;
		try (Connection c = DriverManager.getConnection(jdbcUrl, args.get("db-user"), args.get("db-password"));
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select workspace_id, current_version from survey where id = " + survey)) {
			rs.next();
			workspace = rs.getLong(1);
			version = rs.getInt(2);
		}
		AtomicLong written = new AtomicLong();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int t = 0; t < 2; t++) {
			Thread thread = new Thread(() -> {
				try (Connection c = DriverManager.getConnection(jdbcUrl, args.get("db-user"), args.get("db-password"))) {
					c.setAutoCommit(false);
					while (System.nanoTime() < end) {
						written.addAndGet(rawBatch(c, workspace, version, 100));
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double perSecond = written.get() / ((System.nanoTime() - start) / 1e9);
		System.out.printf("raw JDBC: %.0f responses/s%n", perSecond);
		return perSecond;
	}

	static int rawBatch(Connection c, long workspace, int version, int size) throws Exception {
		long[] ids = new long[size];
		try (PreparedStatement ps = c.prepareStatement("insert into response (workspace_id, survey_id, survey_version,"
				+ " channel, language, idempotency_key, submitted_at) values (?, ?, ?, 'API', 'en', ?, ?)",
				new String[] { "id" })) {
			Timestamp now = Timestamp.from(Instant.now());
			for (int i = 0; i < size; i++) {
				ps.setLong(1, workspace);
				ps.setLong(2, survey);
				ps.setInt(3, version);
				ps.setString(4, "raw-" + RUN + "-" + sequence.incrementAndGet());
				ps.setTimestamp(5, now);
				ps.addBatch();
			}
			ps.executeBatch();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				for (int i = 0; keys.next(); i++) {
					ids[i] = keys.getLong(1);
				}
			}
		}
		try (PreparedStatement ps = c.prepareStatement("insert into response_answer (workspace_id, response_id,"
				+ " ordinal, question_key, question_type, row_key, option_key, number_value, text_value)"
				+ " values (?, ?, ?, ?, ?, ?, null, ?, ?)")) {
			for (long id : ids) {
				int ordinal = 0;
				add(ps, workspace, id, ordinal++, "nps", "NPS", null, 7.0, null);
				for (String row : rows) {
					add(ps, workspace, id, ordinal++, "touchpoints", "MATRIX", row, 4.0, null);
				}
				add(ps, workspace, id, ordinal, "comment", "TEXT_LONG", null, null, "Load test response");
			}
			ps.executeBatch();
		}
		c.commit();
		return size;
	}

	static void add(PreparedStatement ps, long workspace, long id, int ordinal, String key, String type, String row,
			Double number, String text) throws Exception {
		ps.setLong(1, workspace);
		ps.setLong(2, id);
		ps.setInt(3, ordinal);
		ps.setString(4, key);
		ps.setString(5, type);
		ps.setString(6, row);
		if (number == null) {
			ps.setNull(7, java.sql.Types.DOUBLE);
		}
		else {
			ps.setDouble(7, number);
		}
		ps.setString(8, text);
		ps.addBatch();
	}
}
