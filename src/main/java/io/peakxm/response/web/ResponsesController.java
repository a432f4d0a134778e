package io.peakxm.response.web;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.peakxm.response.Channel;
import io.peakxm.response.Responses;
import io.peakxm.shared.PageRequest;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.CurrentActor;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The responses browser of a survey: filter, read, delete (administrators), export CSV (analysts). */
@Controller
@PreAuthorize("hasAuthority('ANALYTICS_VIEW')")
class ResponsesController {

	private final Responses responses;

	private final Surveys surveys;

	private final MessageSource messages;

	ResponsesController(Responses responses, Surveys surveys, MessageSource messages) {
		this.responses = responses;
		this.surveys = surveys;
		this.messages = messages;
	}

	@GetMapping("/surveys/{id}/responses")
	String list(@PathVariable long id, ResponseQuery query,
			@RequestParam(required = false) Integer page, Model model, Locale locale) {
		var actor = CurrentActor.require();
		var survey = surveys.get(actor, id);
				model.addAttribute("survey", survey);
		model.addAttribute("chinese", "zh".equals(locale.getLanguage()));
		model.addAttribute("query", query);
		model.addAttribute("queryString", query.asQueryString());
		model.addAttribute("channels", Channel.values());
		var filter = query.toFilter(survey);
		model.addAttribute("responses", responses.page(actor, id, filter, PageRequest.of(page, 25, 25)));
		model.addAttribute("scoreKey", filter.scoreQuestion());
		return "responses/list";
	}

	@GetMapping("/surveys/{id}/responses/{responseId}")
	String show(@PathVariable long id, @PathVariable long responseId, Model model, Locale locale) {
		var actor = CurrentActor.require();
		var response = responses.get(actor, responseId);
		if (response.surveyId() != id) {
			throw new io.peakxm.shared.NotFoundException("response.notFound");
		}
		model.addAttribute("survey", surveys.get(actor, id));
		model.addAttribute("response", response);
		model.addAttribute("chinese", "zh".equals(locale.getLanguage()));
		return "responses/show";
	}

	@PostMapping("/surveys/{id}/responses/{responseId}/delete")
	@PreAuthorize("hasAuthority('RESPONSES_DELETE')")
	String delete(@PathVariable long id, @PathVariable long responseId, RedirectAttributes redirect, Locale locale) {
		responses.delete(CurrentActor.require(), responseId);
		redirect.addFlashAttribute("success", messages.getMessage("responses.deleted", null, locale));
		return "redirect:/surveys/" + id + "/responses";
	}

	@GetMapping("/surveys/{id}/responses.xlsx")
	@PreAuthorize("hasAuthority('DATA_EXPORT')")
	void exportXlsx(@PathVariable long id, ResponseQuery query,
			HttpServletResponse response) throws java.io.IOException {
		var actor = CurrentActor.require();
		var survey = surveys.get(actor, id);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + id + "-responses.xlsx\"");
		responses.exportXlsx(actor, id, query.toFilter(survey),
				response.getOutputStream());
	}

	@GetMapping("/surveys/{id}/responses.csv")
	@PreAuthorize("hasAuthority('DATA_EXPORT')")
	void exportCsv(@PathVariable long id, ResponseQuery query,
			HttpServletResponse response) throws java.io.IOException {
		var actor = CurrentActor.require();
		var survey = surveys.get(actor, id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + id + "-responses.csv\"");
		var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		responses.exportCsv(actor, id, query.toFilter(survey),
				out);
	}
}
