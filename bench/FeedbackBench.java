import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The feedback benchmark's client (see bench/feedback.sh): posts N items in NDJSON batches
 * through the bulk API, then times searches and text dashboards. Plain JDK, no project
 * classes.
 */
public class FeedbackBench {

	static final int BATCH = 10_000;

	static final List<String> SEARCHES = List.of("行李", "服务 态度", "早餐", "房间 干净", "delayed", "lost bag",
			"customer service", "flight attendant", "wifi", "refund");

	public static void main(String[] args) throws Exception {
		Map<String, String> a = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			a.put(args[i].substring(2), args[i + 1]);
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String url = a.get("url");
		String token = a.get("token");
		int items = Integer.parseInt(a.getOrDefault("items", "0"));
		if (items > 0) {
			ingest(http, url, token, items, texts(Path.of(a.get("reviews")), 1), texts(Path.of(a.get("tweets")), 10));
		}
		searches(http, url, token, Integer.parseInt(a.getOrDefault("search-iterations", "20")));
		dashboards(http, url, token, a.get("journey"), Integer.parseInt(a.getOrDefault("dashboard-iterations", "20")));
	}

	static void ingest(HttpClient http, String url, String token, int items, List<String> zh, List<String> en)
			throws Exception {
		long run = System.nanoTime();
		Instant now = Instant.now();
		long started = System.nanoTime();
		long created = 0;
		for (int from = 0; from < items; from += BATCH) {
			StringBuilder body = new StringBuilder();
			for (int i = from; i < Math.min(items, from + BATCH); i++) {
				String text = i % 2 == 0 ? zh.get((i / 2) % zh.size()) : en.get((i / 2) % en.size());
				Instant written = now.minusSeconds((long) (i * 7919L % (365L * 86_400)));
				body.append("{\"source\":\"").append(i % 3 == 0 ? "social" : "review").append("\",\"externalId\":\"b")
					.append(run).append('-').append(i).append("\",\"text\":").append(json(text))
					.append(",\"writtenAt\":\"").append(written).append("\"}\n");
			}
			long t = System.nanoTime();
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/feedback/bulk"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/x-ndjson")
				.timeout(Duration.ofMinutes(10))
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("bulk call " + response.statusCode() + ": " + response.body());
			}
			created += Long.parseLong(response.body().replaceAll(".*\"created\":(\\d+).*", "$1"));
			System.out.printf("batch %,d–%,d: %,d ms%n", from, Math.min(items, from + BATCH) - 1,
					(System.nanoTime() - t) / 1_000_000);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("| ingest through the bulk API | %,d items | %.1f s | %,.0f items/s |%n", created, seconds,
				created / seconds);
	}

	static void searches(HttpClient http, String url, String token, int iterations) throws Exception {
		List<Long> all = new ArrayList<>();
		System.out.println("| search | p50 ms | p95 ms | max ms | hits |");
		System.out.println("|---|---|---|---|---|");
		for (String q : SEARCHES) {
			List<Long> times = new ArrayList<>();
			String total = "?";
			for (int i = 0; i < iterations + 2; i++) {
				long t = System.nanoTime();
				String body = get(http, url + "/api/v1/feedback?size=25&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
						token);
				long ms = (System.nanoTime() - t) / 1_000_000;
				if (i >= 2) {
					times.add(ms);
					all.add(ms);
				}
				total = body.replaceAll("(?s).*\"total\":(\\d+).*", "$1");
			}
			System.out.printf("| %s | %d | %d | %d | %s |%n", q, pct(times, 50), pct(times, 95), pct(times, 100), total);
		}
		System.out.printf("| all searches | %d | %d | %d | |%n", pct(all, 50), pct(all, 95), pct(all, 100));
	}

	static void dashboards(HttpClient http, String url, String token, String journey, int iterations) throws Exception {
		String to = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
		String yearAgo = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(364).toString();
		Map<String, String> calls = new java.util.LinkedHashMap<>();
		calls.put("text dashboard, last 30 days", "/api/v1/feedback/dashboard");
		calls.put("text dashboard, reviews only", "/api/v1/feedback/dashboard?source=review");
		calls.put("text dashboard, a year", "/api/v1/feedback/dashboard?from=" + yearAgo + "&to=" + to);
		calls.put("journey curve from text, a year", "/api/v1/feedback/journey-curve?journey=" + journey + "&from="
				+ yearAgo + "&to=" + to);
		System.out.println("| call | p50 ms | p95 ms | max ms |");
		System.out.println("|---|---|---|---|");
		for (var call : calls.entrySet()) {
			List<Long> times = new ArrayList<>();
			for (int i = 0; i < iterations + 2; i++) {
				long t = System.nanoTime();
				get(http, url + call.getValue(), token);
				if (i >= 2) {
					times.add((System.nanoTime() - t) / 1_000_000);
				}
			}
			System.out.printf("| %s | %d | %d | %d |%n", call.getKey(), pct(times, 50), pct(times, 95), pct(times, 100));
		}
	}

	static String get(HttpClient http, String uri, String token) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofMinutes(2))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri + " -> " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	static long pct(List<Long> values, int p) {
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(null);
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	/** The texts of one column of a CSV file with a header (RFC 4180 quoting). */
	static List<String> texts(Path file, int column) throws IOException {
		String all = Files.readString(file, StandardCharsets.UTF_8);
		List<String> texts = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean header = true;
		for (int i = 0; i < all.length(); i++) {
			char c = all.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < all.length() && all.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < all.length() && all.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				if (!header && row.size() > column && !row.get(column).isBlank()) {
					texts.add(row.get(column).strip());
				}
				header = false;
				row.clear();
			}
			else {
				cell.append(c);
			}
		}
		return texts;
	}

	static String json(String s) {
		StringBuilder b = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> {
					if (c < 0x20) {
						b.append(String.format("\\u%04x", (int) c));
					}
					else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"').toString();
	}

}
