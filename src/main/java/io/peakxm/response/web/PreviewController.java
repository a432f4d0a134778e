package io.peakxm.response.web;

import java.util.Map;

import io.peakxm.survey.Surveys;
import io.peakxm.workspace.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The survey as a respondent sees it, draft included, for the survey builder's phone and
 * desktop preview: the respondent's page, written by the same {@link RespondentPages},
 * for designers of the survey's workspace only.
 */
@Controller
class PreviewController {

	private final Surveys surveys;

	private final RespondentPages pages;

	PreviewController(Surveys surveys, RespondentPages pages) {
		this.surveys = surveys;
		this.pages = pages;
	}

	@GetMapping("/surveys/{id}/preview/frame")
	@PreAuthorize("hasAuthority('DESIGN_VIEW')")
	String frame(@PathVariable long id, @RequestParam MultiValueMap<String, String> query, HttpServletRequest request,
			Model model) {
		var survey = surveys.get(CurrentActor.require(), id);
		model.addAttribute("preview", true);
		return pages.survey(model, survey, query, RespondentLanguage.of(query.getFirst("lang"), request), Map.of(),
				null);
	}

}
