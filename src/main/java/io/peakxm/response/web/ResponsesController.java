package io.peakxm.response.web;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.peakxm.response.CollectionChannel;
import io.peakxm.response.ResponseFilter;
import io.peakxm.response.ResponseView;
import io.peakxm.response.Responses;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.Languages;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
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

/**
 * The responses browser of a survey: filter, read, delete (administrators), export CSV
 * (analysts).
 */
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
	String list(@PathVariable long id, ResponseQuery query, @RequestParam(required = false) Integer page, Model model,
			HttpServletResponse response, Locale locale) {
		var actor = CurrentActor.require();
		var survey = surveys.get(actor, id);
		model.addAttribute("survey", survey);
		model.addAttribute("query", query);
		model.addAttribute("queryString", query.asQueryString());
		model.addAttribute("clearAnswerQuery", query.withoutAnswer().asQueryString());
		model.addAttribute("clearTouchpointQuery", query.withoutTouchpoint().asQueryString());
		model.addAttribute("channels", CollectionChannel.values());
		model.addAttribute("languages", Languages.SUPPORTED);
		model.addAttribute("answerable",
				survey.definition()
					.questions()
					.stream()
					.filter(q -> q.type() != QuestionType.HIDDEN && !q.type().isText())
					.toList());
		ResponseFilter filter;
		try {
			filter = query.toFilter(survey);
		}
		catch (InvalidInputException ex) {
			// Named next to the filters, like every page form; no responses are listed
			// for a filter that is wrong.
			response.setStatus(400);
			model.addAttribute("filterErrors", FormErrors.withFields(ex.violations(), messages, locale));
			model.addAttribute("responses", new PageSlice<ResponseView>(List.of(), 0, 25, 0));
			return "responses/list";
		}
		var shown = query.shownQuestion(survey).orElse(null);
		var responsesPage = responses.page(actor, id, filter, PageRequest.of(page, 25, 25));
		model.addAttribute("responses", responsesPage);
		model.addAttribute("answerFilter", filter.answer() == null || query.question() == null ? null
				: AnswerFilterText.of(survey, filter.answer(), locale));
		model.addAttribute("shownHeader", shown == null ? "" : header(shown, query.row(), locale));
		model.addAttribute("shownAnswers",
				responsesPage.items()
					.stream()
					.map(r -> shown == null ? "" : AnswerTexts.joined(shown, query.row(), r.answers(), locale))
					.toList());
		return "responses/list";
	}

	/**
	 * The heading of the answer column: the row's label, "NPS" for the score questions,
	 * else the question.
	 */
	private static String header(Question question, String row, Locale locale) {
		if (row != null) {
			return AnswerTexts.label(question.rows(), row, locale);
		}
		return question.type().isScale() && question.type() != QuestionType.RATING ? question.type().name()
				: question.text().in(locale);
	}

	/**
	 * One answer as the detail page lists it: the question's text, the matrix row's
	 * label, the value.
	 */
	record AnswerRow(String question, String row, String value) {
	}

	@GetMapping("/surveys/{id}/responses/{responseId}")
	String show(@PathVariable long id, @PathVariable long responseId, Model model, Locale locale) {
		var actor = CurrentActor.require();
		var response = responses.get(actor, responseId);
		if (response.surveyId() != id) {
			throw new io.peakxm.shared.NotFoundException("response.notFound");
		}
		var survey = surveys.get(actor, id);
		model.addAttribute("survey", survey);
		model.addAttribute("response", response);
		model.addAttribute("answers",
				response.answers().stream().filter(a -> a.type() != QuestionType.HIDDEN).map(a -> {
					Question q = survey.definition().question(a.questionKey()).orElse(null);
					return new AnswerRow(q == null ? a.questionKey() : q.text().in(locale),
							AnswerTexts.row(q, a, locale), AnswerTexts.value(q, a, locale));
				}).toList());
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
	void exportXlsx(@PathVariable long id, ResponseQuery query, HttpServletResponse response)
			throws java.io.IOException {
		var actor = CurrentActor.require();
		var survey = surveys.get(actor, id);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + id + "-responses.xlsx\"");
		responses.exportXlsx(actor, id, query.toFilter(survey), response.getOutputStream());
	}

	@GetMapping("/surveys/{id}/responses.csv")
	@PreAuthorize("hasAuthority('DATA_EXPORT')")
	void exportCsv(@PathVariable long id, ResponseQuery query, HttpServletResponse response)
			throws java.io.IOException {
		var actor = CurrentActor.require();
		var survey = surveys.get(actor, id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + id + "-responses.csv\"");
		var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		responses.exportCsv(actor, id, query.toFilter(survey), out);
	}

}
