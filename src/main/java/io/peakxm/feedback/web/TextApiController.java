package io.peakxm.feedback.web;

import java.util.List;

import io.peakxm.feedback.TextAnalysis;
import io.peakxm.feedback.TextAnalysis.TextResult;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** PeakXM's text analysis for any texts, nothing stored. */
@RestController
@Tag(name = "Text analysis")
class TextApiController {

	private final TextAnalysis analysis;

	TextApiController(TextAnalysis analysis) {
		this.analysis = analysis;
	}

	@PostMapping("/api/v1/text/analyse")
	@PreAuthorize("hasAuthority('ANALYTICS_VIEW')")
	@Operation(summary = "Analyse up to 1,000 texts without storing them: language and sentiment per text and "
			+ "sentence, the journey touchpoints each clause talks about with its sentiment, emotions, key phrases, "
			+ "staff mentions, topics, personal data found")
	List<TextResult> analyse(@RequestBody Texts body) {
		return analysis.analyse(CurrentActor.require(), body.texts(), body.journeyId());
	}

	/**
	 * Texts to analyse, and the journey whose touchpoints to look for (all journeys when
	 * absent).
	 */
	record Texts(List<String> texts, Long journeyId) {
	}

}
