package io.peakxm.feedback.internal;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.peakxm.feedback.FeedbackFilter;
import io.peakxm.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds feedback by a filter: the ids of one page, newest first, and how many match. A
 * search needs every one of its terms in the item's term index (the same terms on every
 * database, since PeakXM's analyzer makes them).
 */
@Repository
class FeedbackQueries {

	private final JdbcClient jdbc;

	FeedbackQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param terms the search's terms (empty: no search)
	 * @param visibleTouchpoints only items about these touchpoints (null: no such limit)
	 */
	Page page(long workspaceId, FeedbackFilter filter, List<String> terms, Set<Long> visibleTouchpoints,
			PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String where = where(workspaceId, filter, terms, visibleTouchpoints, params);
		long total = jdbc.sql("select count(*) from feedback_item i" + where).params(params).query(Long.class).single();
		List<Long> ids = jdbc
			.sql("select i.id from feedback_item i" + where
					+ " order by i.written_at desc, i.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Long.class)
			.list();
		return new Page(ids, total);
	}

	private static String where(long workspaceId, FeedbackFilter f, List<String> terms, Set<Long> visible,
			Map<String, Object> params) {
		List<String> clauses = new ArrayList<>();
		clauses.add("i.workspace_id = :ws");
		params.put("ws", workspaceId);
		if (f.source() != null) {
			clauses.add("i.source = :source");
			params.put("source", f.source().name());
		}
		if (f.from() != null) {
			clauses.add("i.written_at >= :from");
			params.put("from", Timestamp.from(f.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (f.to() != null) {
			clauses.add("i.written_at < :to");
			params.put("to", Timestamp.from(f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (f.sentiment() != null) {
			clauses.add("i.sentiment_label = :sentiment");
			params.put("sentiment", f.sentiment());
		}
		if (f.language() != null) {
			clauses.add("i.language = :language");
			params.put("language", f.language());
		}
		if (f.minRating() != null) {
			clauses.add("i.rating >= :minRating");
			params.put("minRating", f.minRating());
		}
		if (f.maxRating() != null) {
			clauses.add("i.rating <= :maxRating");
			params.put("maxRating", f.maxRating());
		}
		if (f.touchpointId() != null) {
			clauses.add("(i.touchpoint_id = :tp or exists (select 1 from feedback_aspect a"
					+ " where a.item_id = i.id and a.touchpoint_id = :tp))");
			params.put("tp", f.touchpointId());
		}
		if (f.topicId() != null) {
			clauses.add("exists (select 1 from feedback_item_topic t where t.item_id = i.id and t.topic_id = :topic)");
			params.put("topic", f.topicId());
		}
		if (f.fieldName() != null && f.fieldValue() != null) {
			clauses.add("exists (select 1 from feedback_field g where g.item_id = i.id and g.name = :fieldName"
					+ " and g.field_value = :fieldValue)");
			params.put("fieldName", f.fieldName());
			params.put("fieldValue", f.fieldValue());
		}
		if (!terms.isEmpty()) {
			clauses.add("i.id in (select s.item_id from feedback_term s where s.workspace_id = :ws"
					+ " and s.term in (:terms) group by s.item_id having count(*) = :termCount)");
			params.put("terms", terms);
			params.put("termCount", terms.size());
		}
		if (visible != null) {
			if (visible.isEmpty()) {
				clauses.add("1 = 0");
			}
			else {
				clauses.add("(i.touchpoint_id in (:visible) or exists (select 1 from feedback_aspect v"
						+ " where v.item_id = i.id and v.touchpoint_id in (:visible)))");
				params.put("visible", List.copyOf(visible));
			}
		}
		return " where " + String.join(" and ", clauses);
	}

	/** The ids of a page and how many items match in all. */
	record Page(List<Long> ids, long total) {
	}

}
