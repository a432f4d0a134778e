package io.peakxm.feedback.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.peakxm.feedback.Topic;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk re-tag: puts a topic on chosen items or takes it off, by hand. The choice is kept
 * ({@link TopicOverrides}), so re-tagging by the topics' rules leaves it standing, and
 * every change is in the audit log.
 */
@Service
public class TopicTagger {

	/** The most items one re-tag may name. */
	public static final int MAX_ITEMS = 1_000;

	private final TopicStore topics;

	private final TopicOverrides overrides;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	private final Clock clock;

	TopicTagger(TopicStore topics, TopicOverrides overrides, TransactionTemplate transactions, AuditLog audit,
			Clock clock) {
		this.topics = topics;
		this.overrides = overrides;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Puts the topic on the items ({@code tagged}) or takes it off; returns how many
	 * items changed (those that had it already, or lacked it, do not count).
	 * @throws InvalidInputException naming {@code itemIds}, {@code topicId} or
	 * {@code tagged}: none or too many items, an id that is no item of the workspace, an
	 * unknown topic
	 */
	public int tag(Actor actor, List<Long> itemIds, Long topicId, Boolean tagged) {
		long workspaceId = actor.requireWorkspace();
		if (itemIds == null || itemIds.isEmpty()) {
			throw InvalidInputException.of("itemIds", "feedback.retag.noItems");
		}
		if (itemIds.size() > MAX_ITEMS) {
			throw InvalidInputException.of("itemIds", "feedback.retag.tooMany", MAX_ITEMS);
		}
		if (topicId == null) {
			throw InvalidInputException.of("topicId", "feedback.retag.noTopic");
		}
		if (tagged == null) {
			throw InvalidInputException.of("tagged", "validation.required");
		}
		Topic topic = topics.find(workspaceId, topicId)
			.orElseThrow(
					() -> InvalidInputException.of("topicId", "feedback.retag.unknownTopic", String.valueOf(topicId)));
		Set<Long> ids = new LinkedHashSet<>();
		for (Long id : itemIds) {
			if (id == null) {
				throw InvalidInputException.of("itemIds", "feedback.retag.unknownItem", "null");
			}
			ids.add(id);
		}
		Set<Long> existing = overrides.existing(workspaceId, ids);
		ids.stream().filter(id -> !existing.contains(id)).findFirst().ifPresent(id -> {
			throw InvalidInputException.of("itemIds", "feedback.retag.unknownItem", String.valueOf(id));
		});
		List<Long> chosen = List.copyOf(ids);
		Integer changed = transactions.execute(status -> {
			int n = overrides.set(workspaceId, chosen, topic.id(), tagged, actor.userId(), clock.instant());
			audit.record(workspaceId, actor.userId(), actor.email(), FeedbackAuditActions.RETAGGED,
					"topic " + topic.id(), (tagged ? "put on " : "taken off ") + chosen.size() + " items (" + n
							+ " changed): " + topic.name().en());
			return n;
		});
		return changed == null ? 0 : changed;
	}

}
