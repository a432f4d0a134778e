package io.peakxm.feedback;

import java.util.List;

import io.peakxm.feedback.internal.TopicService;
import io.peakxm.feedback.internal.TopicTagger;
import io.peakxm.text.PhraseSuggestions;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The topic taxonomy of a workspace: topics and sub-topics (two levels) with keyword
 * rules. Reading needs {@code DASHBOARD_VIEW}; changing needs {@code FEEDBACK_MANAGE} and
 * re-tags the stored feedback in the background ({@link #progress}).
 */
@Service
public class Topics {

	private final TopicService service;

	private final TopicTagger tagger;

	Topics(TopicService service, TopicTagger tagger) {
		this.service = service;
		this.tagger = tagger;
	}

	public List<Topic> list(Actor actor) {
		require(actor, Permission.DASHBOARD_VIEW);
		return service.list(actor.requireWorkspace());
	}

	public Topic create(Actor actor, TopicInput input) {
		require(actor, Permission.FEEDBACK_MANAGE);
		return service.create(actor.requireWorkspace(), input);
	}

	public Topic update(Actor actor, long id, TopicInput input) {
		require(actor, Permission.FEEDBACK_MANAGE);
		return service.update(actor.requireWorkspace(), id, input);
	}

	public void delete(Actor actor, long id) {
		require(actor, Permission.FEEDBACK_MANAGE);
		service.delete(actor.requireWorkspace(), id);
	}

	/**
	 * How many of the newest {@value TopicService#PREVIEW_ITEMS} items a rule matches,
	 * with a few of them: what a rule would tag before it is saved.
	 */
	public TopicPreview preview(Actor actor, String rule) {
		require(actor, Permission.ANALYTICS_VIEW);
		return service.preview(actor.requireWorkspace(), rule);
	}

	/** Frequent phrases of untagged feedback that could become topics. */
	public List<PhraseSuggestions.Suggestion> suggestions(Actor actor) {
		require(actor, Permission.FEEDBACK_MANAGE);
		return service.suggestions(actor.requireWorkspace());
	}

	public Topic accept(Actor actor, String phrase) {
		require(actor, Permission.FEEDBACK_MANAGE);
		return service.accept(actor.requireWorkspace(), phrase);
	}

	public void reject(Actor actor, String phrase) {
		require(actor, Permission.FEEDBACK_MANAGE);
		service.reject(actor.requireWorkspace(), phrase);
	}

	/**
	 * Bulk re-tag: puts a topic on chosen items ({@code tagged}) or takes it off, by
	 * hand, so that re-tagging by rules keeps it; at most {@value TopicTagger#MAX_ITEMS}
	 * items. Returns how many items changed.
	 */
	public int tag(Actor actor, List<Long> itemIds, Long topicId, Boolean tagged) {
		require(actor, Permission.FEEDBACK_MANAGE);
		return tagger.tag(actor, itemIds, topicId, tagged);
	}

	public RetagProgress progress(Actor actor) {
		require(actor, Permission.DASHBOARD_VIEW);
		return service.progress(actor.requireWorkspace());
	}

	private static void require(Actor actor, Permission permission) {
		if (!actor.can(permission)) {
			throw new AccessDeniedException("needs " + permission);
		}
	}

	/** A topic as a user sends it: names, the parent (a top-level topic) and the rule. */
	public record TopicInput(String nameEn, String nameZh, Long parentId, String rule) {
	}

	/**
	 * What a rule matches among the newest items: their number, how many were looked at,
	 * and the newest few matches (ids and texts, personal data masked).
	 */
	public record TopicPreview(int matched, int examined, List<Sample> samples) {

		public TopicPreview {
			samples = List.copyOf(samples);
		}

		public record Sample(long id, String text) {
		}
	}

}
