package io.peakxm.feedback.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.peakxm.feedback.FeedbackItem;
import io.peakxm.feedback.FeedbackItem.AspectTag;
import io.peakxm.feedback.FeedbackSource;
import io.peakxm.shared.RowCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feedback tables: items with their analysis, aspects, topics, fields and search
 * terms. Writes in batches; reads a page of items with their aspects, topics and fields
 * in four statements.
 */
@Repository
class FeedbackStore {

	/** Keys and ids per statement when reading by them. */
	static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final RowCopy copier;

	FeedbackStore(JdbcClient jdbc, JdbcTemplate template, RowCopy copier) {
		this.jdbc = jdbc;
		this.template = template;
		this.copier = copier;
	}

	/** Which of the keys ({@link Prepared#key()}) are stored in the workspace already. */
	Set<String> existingKeys(long workspaceId, Collection<Prepared> items) {
		return idsByKey(workspaceId, items).keySet();
	}

	/**
	 * Stores analysed items (none of them stored before) and returns their ids in the
	 * same order.
	 */
	List<Long> insert(long workspaceId, List<Analysed> items, Instant receivedAt) {
		if (items.isEmpty()) {
			return List.of();
		}
		Timestamp received = Timestamp.from(receivedAt);
		template.batchUpdate("""
				insert into feedback_item (workspace_id, source, external_id, author, rating, rating_scale_min,
				    rating_scale_max, body, language, written_at, received_at, site, customer_ref, response_id,
				    survey_id, question_key, journey_id, touchpoint_id, sentiment_score, sentiment_label, emotions,
				    key_phrases, staff, personal_data, written_day)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", items, 1_000,
				(ps, a) -> {
					Prepared p = a.item();
					ps.setLong(1, workspaceId);
					ps.setString(2, p.source().name());
					ps.setString(3, p.externalId());
					ps.setString(4, p.author());
					ps.setBigDecimal(5, p.rating());
					ps.setObject(6, p.ratingMin());
					ps.setObject(7, p.ratingMax());
					ps.setString(8, p.text());
					ps.setString(9, a.language());
					ps.setTimestamp(10, Timestamp.from(p.writtenAt()));
					ps.setTimestamp(11, received);
					ps.setString(12, p.site());
					ps.setString(13, p.customerRef());
					ps.setObject(14, p.responseId());
					ps.setObject(15, p.surveyId());
					ps.setString(16, p.questionKey());
					ps.setObject(17, p.journeyId());
					ps.setObject(18, p.touchpointId());
					ps.setDouble(19, a.sentimentScore());
					ps.setString(20, a.sentimentLabel());
					ps.setString(21, StoredLists.join(a.emotions(), 200));
					ps.setString(22, StoredLists.join(a.keyPhrases(), 1_000));
					ps.setString(23, StoredLists.joinStaff(a.staff(), 1_000));
					ps.setBoolean(24, a.personalData());
					ps.setObject(25, LocalDate.ofInstant(p.writtenAt(), ZoneOffset.UTC));
				});
		Map<String, Long> ids = idsByKey(workspaceId, items.stream().map(Analysed::item).toList());
		List<Long> inOrder = items.stream().map(a -> ids.get(a.item().key())).toList();
		insertDetails(workspaceId, items, inOrder);
		return inOrder;
	}

	private Map<String, Long> idsByKey(long workspaceId, Collection<Prepared> items) {
		Map<String, Long> ids = new HashMap<>();
		List<String> externalIds = items.stream().map(Prepared::externalId).distinct().toList();
		for (int from = 0; from < externalIds.size(); from += CHUNK) {
			jdbc.sql("""
					select id, source, external_id from feedback_item
					where workspace_id = :ws and external_id in (:ids)""")
				.param("ws", workspaceId)
				.param("ids", externalIds.subList(from, Math.min(externalIds.size(), from + CHUNK)))
				.query(rs -> {
					ids.put(rs.getString(2) + '\u0000' + rs.getString(3), rs.getLong(1));
				});
		}
		return ids;
	}

	private void insertDetails(long workspaceId, List<Analysed> items, List<Long> ids) {
		List<Object[]> aspects = new ArrayList<>();
		List<Object[]> topics = new ArrayList<>();
		List<Object[]> fields = new ArrayList<>();
		List<Object[]> terms = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Analysed a = items.get(i);
			long id = ids.get(i);
			for (AspectTag t : a.aspects()) {
				aspects.add(new Object[] { id, workspaceId, t.touchpointId(), t.sentimentScore(), t.sentimentLabel(),
						t.start(), t.end() });
			}
			a.topicIds().forEach(topic -> topics.add(new Object[] { id, topic, workspaceId }));
			a.item().fields().forEach((name, value) -> fields.add(new Object[] { id, workspaceId, name, value }));
			a.terms().forEach(term -> terms.add(new Object[] { workspaceId, term, id }));
		}
		insert("feedback_aspect",
				"item_id, workspace_id, touchpoint_id, sentiment_score, sentiment_label, clause_start," + " clause_end",
				aspects);
		insert("feedback_item_topic", "item_id, topic_id, workspace_id", topics);
		insert("feedback_field", "item_id, workspace_id, name, field_value", fields);
		insert("feedback_term", "workspace_id, term, item_id", terms);
	}

	/** COPY on PostgreSQL, JDBC batches elsewhere. */
	private void insert(String table, String columns, List<Object[]> rows) {
		if (!copier.copy(table + " (" + columns + ")", rows)) {
			String marks = String.join(", ", java.util.Collections.nCopies(columns.split(",").length, "?"));
			batch("insert into " + table + " (" + columns + ") values (" + marks + ")", rows);
		}
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += 5_000) {
			template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 5_000)));
		}
	}

	/**
	 * Replaces the topics of items (a topic changed or was added: the items re-tagged).
	 */
	void replaceTopics(long workspaceId, Map<Long, List<Long>> topicsByItem) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> items = new ArrayList<>();
		topicsByItem.forEach((item, topics) -> {
			items.add(new Object[] { workspaceId, item });
			topics.forEach(topic -> rows.add(new Object[] { item, topic, workspaceId }));
		});
		batch("delete from feedback_item_topic where workspace_id = ? and item_id = ?", items);
		batch("insert into feedback_item_topic (item_id, topic_id, workspace_id) values (?, ?, ?)", rows);
	}

	Optional<Long> idempotent(long workspaceId, String key) {
		return jdbc.sql("select item_id from feedback_idempotency where workspace_id = :ws and idempotency_key = :k")
			.param("ws", workspaceId)
			.param("k", key)
			.query(Long.class)
			.optional();
	}

	void rememberIdempotent(long workspaceId, String key, long itemId, Instant at) {
		jdbc.sql("""
				insert into feedback_idempotency (workspace_id, idempotency_key, item_id, created_at)
				values (:ws, :k, :item, :at)""")
			.param("ws", workspaceId)
			.param("k", key)
			.param("item", itemId)
			.param("at", Timestamp.from(at))
			.update();
	}

	Optional<Long> idOf(long workspaceId, FeedbackSource source, String externalId) {
		return jdbc.sql("""
				select id from feedback_item where workspace_id = :ws and source = :source and external_id = :ext""")
			.param("ws", workspaceId)
			.param("source", source.name())
			.param("ext", externalId)
			.query(Long.class)
			.optional();
	}

	/** Items by id, in the order asked, with their aspects, topics and fields. */
	List<FeedbackItem> load(long workspaceId, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, FeedbackRows.Row> rows = new LinkedHashMap<>();
		Map<Long, List<AspectTag>> aspects = new HashMap<>();
		Map<Long, List<Long>> topics = new HashMap<>();
		Map<Long, Map<String, String>> fields = new HashMap<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			jdbc.sql(FeedbackRows.SELECT + " where workspace_id = :ws and id in (:ids)")
				.param("ws", workspaceId)
				.param("ids", chunk)
				.query(rs -> {
					rows.put(rs.getLong("id"), FeedbackRows.row(rs));
				});
			jdbc.sql("""
					select item_id, touchpoint_id, sentiment_score, sentiment_label, clause_start, clause_end
					from feedback_aspect where item_id in (:ids) order by item_id, clause_start, touchpoint_id""")
				.param("ids", chunk)
				.query(rs -> {
					aspects.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
						.add(new AspectTag(rs.getLong(2), rs.getDouble(3), rs.getString(4), rs.getInt(5),
								rs.getInt(6)));
				});
			jdbc.sql("select item_id, topic_id from feedback_item_topic where item_id in (:ids) order by topic_id")
				.param("ids", chunk)
				.query(rs -> {
					topics.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
				});
			jdbc.sql("select item_id, name, field_value from feedback_field where item_id in (:ids) order by name")
				.param("ids", chunk)
				.query(rs -> {
					fields.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
						.put(rs.getString(2), rs.getString(3));
				});
		}
		List<FeedbackItem> items = new ArrayList<>();
		for (Long id : ids) {
			FeedbackRows.Row row = rows.get(id);
			if (row != null) {
				items.add(row.toItem(aspects.getOrDefault(id, List.of()), topics.getOrDefault(id, List.of()),
						fields.getOrDefault(id, Map.of())));
			}
		}
		return items;
	}

	boolean delete(long workspaceId, long id) {
		return jdbc.sql("delete from feedback_item where workspace_id = :ws and id = :id")
			.param("ws", workspaceId)
			.param("id", id)
			.update() > 0;
	}

	/** Deletes the items written in a survey response (the response is being deleted). */
	int deleteOfResponse(long workspaceId, long responseId) {
		return jdbc.sql("delete from feedback_item where workspace_id = :ws and response_id = :r")
			.param("ws", workspaceId)
			.param("r", responseId)
			.update();
	}

	/** The texts of items, for re-tagging them (id order, from after {@code afterId}). */
	Map<Long, String> texts(long workspaceId, long afterId, int limit) {
		Map<Long, String> texts = new LinkedHashMap<>();
		jdbc.sql("select id, body from feedback_item where workspace_id = :ws and id > :after order by id limit :n")
			.param("ws", workspaceId)
			.param("after", afterId)
			.param("n", limit)
			.query(rs -> {
				texts.put(rs.getLong(1), rs.getString(2));
			});
		return texts;
	}

	long count(long workspaceId) {
		return jdbc.sql("select count(*) from feedback_item where workspace_id = :ws")
			.param("ws", workspaceId)
			.query(Long.class)
			.single();
	}

}
