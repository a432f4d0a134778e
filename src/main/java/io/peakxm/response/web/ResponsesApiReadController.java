package io.peakxm.response.web;

import io.peakxm.response.ResponseView;
import io.peakxm.response.Responses;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading and deleting responses over REST, with the same filters as the responses page.
 */
@RestController
@PreAuthorize("hasAuthority('ANALYTICS_VIEW')")
@Tag(name = "Responses")
class ResponsesApiReadController {

	private final Responses responses;

	private final Surveys surveys;

	ResponsesApiReadController(Responses responses, Surveys surveys) {
		this.responses = responses;
		this.surveys = surveys;
	}

	@GetMapping("/api/v1/surveys/{id}/responses")
	@Operation(
			summary = "Responses of a survey, newest first; dates inclusive (UTC), language (en, zh-CN), field as name=value, an answer as question (row, option, scoreMin, scoreMax)")
	PageSlice<ResponseView> list(@PathVariable long id, ResponseQuery query,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		var actor = CurrentActor.require();
		var survey = surveys.get(actor, id);
		return responses.page(actor, id, query.toFilter(survey), PageRequest.of(page, size, 50));
	}

	@GetMapping("/api/v1/responses/{responseId}")
	ResponseView get(@PathVariable long responseId) {
		return responses.get(CurrentActor.require(), responseId);
	}

	@DeleteMapping("/api/v1/responses/{responseId}")
	@PreAuthorize("hasAuthority('RESPONSES_DELETE')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long responseId) {
		responses.delete(CurrentActor.require(), responseId);
	}

}
