package io.peakxm.feedback.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.peakxm.feedback.FeedbackItem.AspectTag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the touchpoint synonyms are learned from and kept in: items at a touchpoint its
 * names and keywords did not find, how many items have a phrase's search terms, the
 * rejected phrases ({@code feedback_rejected_synonym}), and the aspects of items
 * re-analysed after a touchpoint got a keyword.
 */
@Repository
class SynonymStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	SynonymStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * The texts of the newest {@code limit} items with a touchpoint that no clause of the
	 * item was tagged with, by touchpoint.
	 */
	Map<Long, List<String>> untaggedAtTouchpoint(long workspaceId, int limit) {
		Map<Long, List<String>> texts = new LinkedHashMap<>();
		jdbc.sql(
				"""
						select i.touchpoint_id, i.body from feedback_item i
						where i.workspace_id = :ws and i.touchpoint_id is not null
						and not exists (select 1 from feedback_aspect a where a.item_id = i.id and a.touchpoint_id = i.touchpoint_id)
						order by i.written_at desc, i.id desc limit :n""")
			.param("ws", workspaceId)
			.param("n", limit)
			.query(rs -> {
				texts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return texts;
	}

	/** How many of the workspace's items have every one of the search terms. */
	long itemsWithAll(long workspaceId, Collection<String> terms) {
		return jdbc.sql("""
				select count(*) from (select item_id from feedback_term where workspace_id = :ws and term in (:terms)
				group by item_id having count(*) = :k) x""")
			.param("ws", workspaceId)
			.param("terms", List.copyOf(terms))
			.param("k", terms.size())
			.query(Long.class)
			.single();
	}

	/** The rejected phrases (lower case) by touchpoint. */
	Map<Long, Set<String>> rejected(long workspaceId) {
		Map<Long, Set<String>> rejected = new HashMap<>();
		jdbc.sql("select touchpoint_id, phrase from feedback_rejected_synonym where workspace_id = :ws")
			.param("ws", workspaceId)
			.query(rs -> {
				rejected.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
			});
		return rejected;
	}

	void reject(long workspaceId, long touchpointId, String phrase, Instant at) {
		jdbc.sql("""
				insert into feedback_rejected_synonym (workspace_id, touchpoint_id, phrase, rejected_at)
				select :ws, :tp, :p, :at where not exists (select 1 from feedback_rejected_synonym
				    where workspace_id = :ws and touchpoint_id = :tp and phrase = :p)""")
			.param("ws", workspaceId)
			.param("tp", touchpointId)
			.param("p", phrase)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** An item to re-analyse: its text and the journey it is about (null: any). */
	record Text(long id, String body, Long journeyId) {
	}

	/**
	 * Items about one of the journeys or about none, in id order from after
	 * {@code afterId}.
	 */
	List<Text> texts(long workspaceId, Collection<Long> journeyIds, long afterId, int limit) {
		return jdbc.sql("""
				select id, body, journey_id from feedback_item where workspace_id = :ws and id > :after
				and (journey_id is null or journey_id in (:js)) order by id limit :n""")
			.param("ws", workspaceId)
			.param("after", afterId)
			.param("js", List.copyOf(journeyIds))
			.param("n", limit)
			.query((rs, n) -> new Text(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)))
			.list();
	}

	long count(long workspaceId) {
		return jdbc.sql("select count(*) from feedback_item where workspace_id = :ws")
			.param("ws", workspaceId)
			.query(Long.class)
			.single();
	}

	long count(long workspaceId, Collection<Long> journeyIds) {
		return jdbc.sql("""
				select count(*) from feedback_item where workspace_id = :ws
				and (journey_id is null or journey_id in (:js))""")
			.param("ws", workspaceId)
			.param("js", List.copyOf(journeyIds))
			.query(Long.class)
			.single();
	}

	/**
	 * Replaces the aspects of items (of items deleted meanwhile, none are stored).
	 */
	void replaceAspects(long workspaceId, Map<Long, List<AspectTag>> aspectsByItem) {
		List<Object[]> items = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		aspectsByItem.forEach((item, aspects) -> {
			items.add(new Object[] { workspaceId, item });
			for (AspectTag t : aspects) {
				rows.add(new Object[] { item, workspaceId, t.touchpointId(), t.sentimentScore(), t.sentimentLabel(),
						t.start(), t.end(), item });
			}
		});
		template.batchUpdate("delete from feedback_aspect where workspace_id = ? and item_id = ?", items);
		template.batchUpdate("""
				insert into feedback_aspect (item_id, workspace_id, touchpoint_id, sentiment_score, sentiment_label,
				    clause_start, clause_end)
				select ?, ?, ?, ?, ?, ?, ? from feedback_item where id = ?""", rows);
	}

}
