/*
 * The ceiling for PeakXM's response submission benchmark (issue 4): the same rows a 10-answer post-flight response
 * becomes (one response row, 10 answer rows), written by plain JDBC batches straight into the benchmark database,
 * 100 responses per transaction from two threads. A single-file Java program run by bench/submit.sh; needs only the
 * JDK and the PostgreSQL driver.
 *
 *   java -cp postgresql.jar bench/RawInserts.java --jdbc jdbc:postgresql://127.0.0.1/db --db-user u \
 *        --db-password p --survey 1 --rows tp_1,...,tp_8 [--seconds 30]
 *
 * Prints one line: RAW_RESULT <responses/s>.
 */

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

public class RawInserts {

	static final Map<String, String> args = new HashMap<>();

	static final AtomicLong sequence = new AtomicLong();

	static final String RUN = Long.toString(System.currentTimeMillis(), 36);

	static long survey;

	static List<String> rows;

	public static void main(String[] argv) throws Exception {
		for (int i = 0; i + 1 < argv.length; i += 2) {
			args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
		}
		survey = Long.parseLong(args.get("survey"));
		rows = List.of(args.get("rows").split(","));
		int seconds = Integer.parseInt(args.getOrDefault("seconds", "30"));
		System.out.printf("RAW_RESULT %.0f%n", run(args.get("jdbc"), seconds));
	}

	/** Writes batches from two threads for the given time: responses per second. */
	static double run(String jdbcUrl, int seconds) throws Exception {
		long workspace;
		int version;
		try (Connection c = connect(jdbcUrl);
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
				try (Connection c = connect(jdbcUrl)) {
					c.setAutoCommit(false);
					while (System.nanoTime() < end) {
						written.addAndGet(batch(c, workspace, version, 100));
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
		return written.get() / ((System.nanoTime() - start) / 1e9);
	}

	static Connection connect(String jdbcUrl) throws Exception {
		return DriverManager.getConnection(jdbcUrl, args.get("db-user"), args.get("db-password"));
	}

	static int batch(Connection c, long workspace, int version, int size) throws Exception {
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
