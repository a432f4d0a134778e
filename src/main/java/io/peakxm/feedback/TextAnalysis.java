package io.peakxm.feedback;

import java.util.List;

import io.peakxm.feedback.internal.TextAnalysisService;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Analyses texts without storing them (up to {@value #MAX_TEXTS} at once), against the
 * workspace's touchpoints and topics: what an integration or a person trying PeakXM's
 * analysis gets back for any text.
 */
@Service
public class TextAnalysis {

	public static final int MAX_TEXTS = 1_000;

	private final TextAnalysisService service;

	TextAnalysis(TextAnalysisService service) {
		this.service = service;
	}

	public List<TextResult> analyse(Actor actor, List<String> texts, Long journeyId) {
		if (!actor.can(Permission.ANALYTICS_VIEW)) {
			throw new AccessDeniedException("text analysis needs ANALYTICS_VIEW");
		}
		if (texts == null || texts.isEmpty()) {
			throw InvalidInputException.of("texts", "validation.required");
		}
		if (texts.size() > MAX_TEXTS) {
			throw InvalidInputException.of("texts", "feedback.tooMany", MAX_TEXTS);
		}
		return service.analyse(actor.requireWorkspace(), texts, journeyId);
	}

	/**
	 * What the analysis found in one text.
	 *
	 * @param sentences each sentence's place, language and sentiment
	 * @param aspects the touchpoints the text talks about, each with its clause's
	 * sentiment
	 * @param topicIds the topics whose rules the text matches
	 */
	public record TextResult(String language, double sentimentScore, String sentimentLabel, List<Sentence> sentences,
			List<FeedbackItem.AspectTag> aspects, List<String> emotions, List<String> keyPhrases,
			List<FeedbackItem.Staff> staff, List<Long> topicIds, boolean personalData) {
	}

	/** A sentence: its characters in the text, language and sentiment. */
	public record Sentence(int start, int end, String language, double sentimentScore, String sentimentLabel) {
	}

}
