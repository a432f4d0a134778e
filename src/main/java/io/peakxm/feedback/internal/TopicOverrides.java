package io.peakxm.feedback.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Topics put on or taken off items by hand ({@code feedback_topic_override}), and the
 * items' topics changed to match. Re-tagging by rules applies them on top of what the
 * rules match ({@link #applyTo}), so a hand-made tag outlasts a rule change.
 */
@Repository
class TopicOverrides {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	TopicOverrides(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Which of the ids are items of the workspace. */
	Set<Long> existing(long workspaceId, Collection<Long> itemIds) {
		Set<Long> found = new HashSet<>();
		for (List<Long> chunk : chunks(itemIds)) {
			found.addAll(jdbc.sql("select id from feedback_item where workspace_id = :ws and id in (:ids)")
				.param("ws", workspaceId)
				.param("ids", chunk)
				.query(Long.class)
				.list());
		}
		return found;
	}

	/**
	 * Puts a topic on items ({@code tagged}) or takes it off, and remembers that a person
	 * did; returns how many items' topics changed. Run in a transaction.
	 */
	int set(long workspaceId, List<Long> itemIds, long topicId, boolean tagged, long userId, Instant at) {
		Set<Long> had = new HashSet<>();
		for (List<Long> chunk : chunks(itemIds)) {
			had.addAll(jdbc.sql("select item_id from feedback_item_topic where topic_id = :t and item_id in (:ids)")
				.param("t", topicId)
				.param("ids", chunk)
				.query(Long.class)
				.list());
		}
		List<Object[]> keys = itemIds.stream().map(id -> new Object[] { id, topicId }).toList();
		template.batchUpdate("delete from feedback_topic_override where item_id = ? and topic_id = ?", keys);
		Timestamp when = Timestamp.from(at);
		template.batchUpdate(
				"insert into feedback_topic_override (item_id, topic_id, workspace_id, tagged, set_by, set_at)"
						+ " values (?, ?, ?, ?, ?, ?)",
				itemIds.stream().map(id -> new Object[] { id, topicId, workspaceId, tagged, userId, when }).toList());
		List<Object[]> changed = itemIds.stream()
			.filter(id -> had.contains(id) != tagged)
			.map(id -> new Object[] { id, topicId, workspaceId })
			.toList();
		if (tagged) {
			template.batchUpdate("insert into feedback_item_topic (item_id, topic_id, workspace_id) values (?, ?, ?)",
					changed);
		}
		else {
			template.batchUpdate("delete from feedback_item_topic where item_id = ? and topic_id = ?",
					changed.stream().map(r -> new Object[] { r[0], r[1] }).toList());
		}
		return changed.size();
	}

	/**
	 * Changes the topics the rules found for items ({@code topicsByItem}, modified in
	 * place) by what people set by hand.
	 */
	void applyTo(long workspaceId, Map<Long, List<Long>> topicsByItem) {
		Map<Long, Map<Long, Boolean>> overrides = new HashMap<>();
		for (List<Long> chunk : chunks(topicsByItem.keySet())) {
			jdbc.sql("""
					select item_id, topic_id, tagged from feedback_topic_override
					where workspace_id = :ws and item_id in (:ids)""")
				.param("ws", workspaceId)
				.param("ids", chunk)
				.query((rs, n) -> overrides.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
					.put(rs.getLong(2), rs.getBoolean(3)))
				.list();
		}
		overrides.forEach((item, topics) -> {
			List<Long> current = topicsByItem.get(item);
			topics.forEach((topic, tagged) -> {
				current.remove(topic);
				if (tagged) {
					current.add(topic);
				}
			});
			current.sort(null);
		});
	}

	private static List<List<Long>> chunks(Collection<Long> ids) {
		List<Long> all = new ArrayList<>(ids);
		List<List<Long>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += FeedbackStore.CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + FeedbackStore.CHUNK)));
		}
		return chunks;
	}

}
