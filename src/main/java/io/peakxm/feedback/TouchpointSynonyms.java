package io.peakxm.feedback;

import java.util.List;

import io.peakxm.feedback.internal.SynonymService;
import io.peakxm.shared.LocalizedText;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Learned touchpoint synonyms: words customers who answered at a touchpoint often wrote
 * in items its names and keywords did not find, to accept as a keyword of the touchpoint
 * or reject. Reading and rejecting need {@code FEEDBACK_MANAGE}; accepting changes the
 * journey and needs {@code DESIGN_EDIT} too, then finds the touchpoints in the stored
 * feedback again in the background ({@link #progress}).
 */
@Service
public class TouchpointSynonyms {

	private final SynonymService service;

	TouchpointSynonyms(SynonymService service) {
		this.service = service;
	}

	public List<TouchpointWords> suggestions(Actor actor) {
		require(actor, Permission.FEEDBACK_MANAGE);
		return service.suggestions(actor.requireWorkspace());
	}

	/** Whether the actor may accept a word (it changes the journey). */
	public boolean canAccept(Actor actor) {
		return actor.can(Permission.FEEDBACK_MANAGE) && actor.can(Permission.DESIGN_EDIT);
	}

	public Accepted accept(Actor actor, Long touchpointId, String phrase) {
		require(actor, Permission.FEEDBACK_MANAGE);
		require(actor, Permission.DESIGN_EDIT);
		return service.accept(actor, touchpointId, phrase);
	}

	public void reject(Actor actor, Long touchpointId, String phrase) {
		require(actor, Permission.FEEDBACK_MANAGE);
		service.reject(actor.requireWorkspace(), touchpointId, phrase);
	}

	/** How far finding the touchpoints again after the last accepted word has come. */
	public RetagProgress progress(Actor actor) {
		require(actor, Permission.FEEDBACK_MANAGE);
		return service.progress(actor.requireWorkspace());
	}

	private static void require(Actor actor, Permission permission) {
		if (!actor.can(permission)) {
			throw new AccessDeniedException("needs " + permission);
		}
	}

	/**
	 * A touchpoint with the words suggested for it.
	 *
	 * @param touchpointId the touchpoint
	 * @param journeyId its journey
	 * @param touchpoint its name
	 * @param words the best first (at most five)
	 */
	public record TouchpointWords(long touchpointId, long journeyId, LocalizedText touchpoint, List<Word> words) {

		public TouchpointWords {
			words = List.copyOf(words);
		}
	}

	/**
	 * A word or phrase customers wrote at the touchpoint.
	 *
	 * @param phrase as written
	 * @param items how many of the touchpoint's items not tagged with it have it
	 * @param score the smoothed log-odds of an item having it at the touchpoint against
	 * elsewhere (higher: more typical of the touchpoint)
	 */
	public record Word(String phrase, int items, double score) {
	}

	/** A word accepted: the touchpoint's keywords now. */
	public record Accepted(long touchpointId, long journeyId, String phrase, List<String> keywordsEn,
			List<String> keywordsZh) {

		public Accepted {
			keywordsEn = List.copyOf(keywordsEn);
			keywordsZh = List.copyOf(keywordsZh);
		}
	}

}
