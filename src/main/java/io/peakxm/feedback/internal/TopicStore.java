package io.peakxm.feedback.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.peakxm.feedback.Topic;
import io.peakxm.text.TopicRule;
import io.peakxm.text.TopicRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The topic taxonomy of a workspace ({@code feedback_topic}). */
@Repository
public class TopicStore {

	private final JdbcClient jdbc;

	TopicStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Topic> list(long workspaceId) {
		return jdbc.sql("""
				select id, parent_id, name_en, name_zh, rule, updated_at from feedback_topic
				where workspace_id = :ws order by coalesce(parent_id, id), parent_id nulls first, name_en""")
			.param("ws", workspaceId)
			.query((rs, i) -> {
				long parent = rs.getLong(2);
				return new Topic(rs.getLong(1), rs.wasNull() ? null : parent, rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getTimestamp(6).toInstant());
			})
			.list();
	}

	public Optional<Topic> find(long workspaceId, long id) {
		return list(workspaceId).stream().filter(t -> t.id() == id).findFirst();
	}

	/** The workspace's topic rules, compiled (ids as text). */
	TopicRules rules(long workspaceId) {
		return compile(list(workspaceId));
	}

	static TopicRules compile(List<Topic> topics) {
		return TopicRules.compile(topics.stream().map(t -> new TopicRule(String.valueOf(t.id()), t.rule())).toList());
	}

	public long insert(long workspaceId, Long parentId, String nameEn, String nameZh, String rule, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into feedback_topic (workspace_id, parent_id, name_en, name_zh, rule, updated_at)
				values (:ws, :parent, :en, :zh, :rule, :at)""")
			.param("ws", workspaceId)
			.param("parent", parentId)
			.param("en", nameEn)
			.param("zh", nameZh)
			.param("rule", rule)
			.param("at", Timestamp.from(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public boolean update(long workspaceId, long id, Long parentId, String nameEn, String nameZh, String rule,
			Instant at) {
		return jdbc.sql("""
				update feedback_topic set parent_id = :parent, name_en = :en, name_zh = :zh, rule = :rule,
				    updated_at = :at where workspace_id = :ws and id = :id""")
			.param("ws", workspaceId)
			.param("id", id)
			.param("parent", parentId)
			.param("en", nameEn)
			.param("zh", nameZh)
			.param("rule", rule)
			.param("at", Timestamp.from(at))
			.update() > 0;
	}

	/** Deletes a topic and its sub-topics (their tags go with them). */
	public boolean delete(long workspaceId, long id) {
		jdbc.sql("delete from feedback_topic where workspace_id = :ws and parent_id = :id")
			.param("ws", workspaceId)
			.param("id", id)
			.update();
		return jdbc.sql("delete from feedback_topic where workspace_id = :ws and id = :id")
			.param("ws", workspaceId)
			.param("id", id)
			.update() > 0;
	}

}
