package io.peakxm.feedback.web;

import java.util.List;

import io.peakxm.feedback.RetagProgress;
import io.peakxm.feedback.TouchpointSynonyms;
import io.peakxm.feedback.TouchpointSynonyms.Accepted;
import io.peakxm.feedback.TouchpointSynonyms.TouchpointWords;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Learned touchpoint synonyms by API: words customers who answered at a touchpoint often
 * wrote where its names and keywords did not find it, to accept as a keyword of the
 * touchpoint or reject.
 */
@RestController
@Tag(name = "Feedback")
class SynonymsApiController {

	private final TouchpointSynonyms synonyms;

	SynonymsApiController(TouchpointSynonyms synonyms) {
		this.synonyms = synonyms;
	}

	@GetMapping("/api/v1/feedback/synonyms")
	@PreAuthorize("hasAuthority('FEEDBACK_MANAGE')")
	@Operation(summary = "Words customers use at each touchpoint that its names and keywords do not find",
			description = "From the newest 5,000 items written at a touchpoint (survey comments of responses collected"
					+ " there, imports naming it) that no clause was tagged with it: phrases in at least 3 of them,"
					+ " more frequent there than in the rest of the feedback (smoothed log-odds), at most 5 per"
					+ " touchpoint, without names, keywords and rejected phrases. Typical of the touchpoint, not"
					+ " necessarily meaning the same. With the progress of re-analysing after the last accept.")
	Suggestions list() {
		var actor = CurrentActor.require();
		return new Suggestions(synonyms.suggestions(actor), synonyms.progress(actor));
	}

	@PostMapping("/api/v1/feedback/synonyms/accept")
	@PreAuthorize("hasAuthority('FEEDBACK_MANAGE') and hasAuthority('DESIGN_EDIT')")
	@Operation(summary = "Make a phrase a keyword of the touchpoint; re-analyses the stored feedback",
			description = "Added to the English keywords, or the Chinese ones when it has Chinese characters, in the"
					+ " journey's draft (needs the right to edit journeys). The stored feedback's touchpoints are then"
					+ " found again in the background.")
	Accepted accept(@RequestBody SynonymInput body) {
		return synonyms.accept(CurrentActor.require(), body.touchpointId(), body.phrase());
	}

	@PostMapping("/api/v1/feedback/synonyms/reject")
	@PreAuthorize("hasAuthority('FEEDBACK_MANAGE')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Never suggest the phrase for the touchpoint again")
	void reject(@RequestBody SynonymInput body) {
		synonyms.reject(CurrentActor.require(), body.touchpointId(), body.phrase());
	}

	/** A phrase of a touchpoint (at most 60 characters). */
	record SynonymInput(Long touchpointId, String phrase) {
	}

	/** The suggestions by touchpoint and how far the last re-analysis has come. */
	record Suggestions(List<TouchpointWords> touchpoints, RetagProgress reanalysis) {
	}

}
