package io.peakxm.feedback.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.peakxm.feedback.FeedbackSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums of sentiment over feedback for the text dashboards: per touchpoint (clauses), per
 * topic (items) and per day, each split into the period and the period before. The sums
 * (n, Σscore, Σscore², negatives) are what means, shares and their tests need.
 */
@Repository
public class TextFigureStore {

	private final JdbcClient jdbc;

	TextFigureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Which feedback to sum: the period and the one before it, and optional filters. */
	public record Scope(long workspaceId, LocalDate previousFrom, LocalDate from, LocalDate to, FeedbackSource source,
			String language) {
	}

	/** n, Σscore, Σscore² and the number of negatives of a group. */
	public record Sums(long n, double sum, double sumOfSquares, long negatives) {

		public static final Sums EMPTY = new Sums(0, 0, 0, 0);

		public Sums plus(Sums other) {
			return new Sums(n + other.n, sum + other.sum, sumOfSquares + other.sumOfSquares,
					negatives + other.negatives);
		}
	}

	/** A key's sums in the period and in the period before. */
	public record Split(Sums current, Sums previous) {
	}

	/** All items (grouped under the workspace id). */
	public Split items(Scope scope) {
		return grouped(scope, "i.workspace_id", "feedback_item i", "i").getOrDefault(scope.workspaceId(),
				new Split(Sums.EMPTY, Sums.EMPTY));
	}

	/** Per touchpoint: the clauses that talk about it. */
	public Map<Long, Split> touchpoints(Scope scope) {
		return grouped(scope, "a.touchpoint_id", "feedback_aspect a join feedback_item i on i.id = a.item_id", "a");
	}

	/** Per topic: the items it tags. */
	public Map<Long, Split> topics(Scope scope) {
		return grouped(scope, "t.topic_id", "feedback_item_topic t join feedback_item i on i.id = t.item_id", "i");
	}

	/**
	 * Per day of the period: the clauses about a touchpoint, or all items when
	 * {@code touchpointId} is null.
	 */
	public Map<LocalDate, Sums> days(Scope scope, Long touchpointId) {
		String from = touchpointId == null ? "feedback_item i"
				: "feedback_aspect a join feedback_item i on i.id = a.item_id";
		Map<String, Object> params = params(scope);
		StringBuilder sql = new StringBuilder("select i.written_day, " + aggregates(touchpointId != null ? "a" : "i")
				+ " from " + from + " where i.workspace_id = :ws and i.written_day >= :from and i.written_day <= :to");
		filters(scope, sql);
		if (touchpointId != null) {
			sql.append(" and a.touchpoint_id = :tp");
			params.put("tp", touchpointId);
		}
		sql.append(" group by i.written_day");
		Map<LocalDate, Sums> days = new HashMap<>();
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			days.put(rs.getObject(1, LocalDate.class), sums(rs, 2));
		});
		return days;
	}

	/**
	 * Sums per key and day (a few thousand rows at most), split into the two periods
	 * here: the same SQL on every database, no expression to repeat in GROUP BY.
	 */
	private Map<Long, Split> grouped(Scope scope, String key, String from, String scored) {
		StringBuilder sql = new StringBuilder("select " + key + ", i.written_day, " + aggregates(scored) + " from "
				+ from + " where i.workspace_id = :ws and i.written_day >= :previousFrom and i.written_day <= :to");
		filters(scope, sql);
		sql.append(" group by ").append(key).append(", i.written_day");
		Map<Long, Sums[]> sums = new HashMap<>();
		jdbc.sql(sql.toString()).params(params(scope)).query(rs -> {
			Sums[] pair = sums.computeIfAbsent(rs.getLong(1), k -> new Sums[] { Sums.EMPTY, Sums.EMPTY });
			int side = rs.getObject(2, LocalDate.class).isBefore(scope.from()) ? 1 : 0;
			pair[side] = pair[side].plus(sums(rs, 3));
		});
		Map<Long, Split> splits = new HashMap<>();
		sums.forEach((k, pair) -> splits.put(k, new Split(pair[0], pair[1])));
		return splits;
	}

	/**
	 * n, Σscore, Σscore² and negatives of the rows of {@code alias}: {@code i} for items,
	 * {@code a} for aspect clauses.
	 */
	private static String aggregates(String alias) {
		String score = alias + ".sentiment_score";
		return "count(*), sum(" + score + "), sum(" + score + " * " + score + "), sum(case when " + alias
				+ ".sentiment_label = 'NEGATIVE' then 1 else 0 end)";
	}

	private static Sums sums(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
		return new Sums(rs.getLong(first), rs.getDouble(first + 1), rs.getDouble(first + 2), rs.getLong(first + 3));
	}

	private static void filters(Scope scope, StringBuilder sql) {
		if (scope.source() != null) {
			sql.append(" and i.source = :source");
		}
		if (scope.language() != null) {
			sql.append(" and i.language = :language");
		}
	}

	private static Map<String, Object> params(Scope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("ws", scope.workspaceId());
		params.put("previousFrom", scope.previousFrom());
		params.put("from", scope.from());
		params.put("to", scope.to());
		if (scope.source() != null) {
			params.put("source", scope.source().name());
		}
		if (scope.language() != null) {
			params.put("language", scope.language());
		}
		return params;
	}

}
