package io.peakxm.survey.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.UnaryOperator;

import io.peakxm.journey.Journey;
import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.Journeys;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.SurveyRules;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey builder: add, edit, reorder, duplicate and delete questions, and preview the
 * survey as a respondent on phone and desktop width. Questions and matrix rows are tied
 * to touchpoints picked from the survey's journey (stage by stage, in journey order);
 * "rate every touchpoint" fills a matrix with one row per touchpoint and "more rows"
 * offers empty ones, both without saving. Every change is checked as a whole definition
 * and carries the revision it was based on; on an open survey it publishes the next
 * version.
 */
@Controller
@RequestMapping("/surveys/{id}")
@PreAuthorize("hasAuthority('DESIGN_EDIT')")
class SurveyBuilderController {

	private final Surveys surveys;

	private final SurveyDesigner designer;

	private final Journeys journeys;

	private final MessageSource messages;

	SurveyBuilderController(Surveys surveys, SurveyDesigner designer, Journeys journeys, MessageSource messages) {
		this.surveys = surveys;
		this.designer = designer;
		this.journeys = journeys;
		this.messages = messages;
	}

	/**
	 * Row fields a form may send: every row a matrix may have and the empty ones offered
	 * below them.
	 */
	static final int MAX_FORM_ROWS = SurveyRules.MAX_OPTIONS + QuestionForm.BLANK_ROWS;

	private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]");

	/**
	 * Row fields beyond {@link #MAX_FORM_ROWS} (only a crafted form sends them) are
	 * refused as too many rows before binding, which could not grow the list that far and
	 * would fail the request.
	 */
	@InitBinder("form")
	void limitRows(WebDataBinder binder, WebRequest request) {
		binder.setAutoGrowCollectionLimit(MAX_FORM_ROWS);
		for (String name : request.getParameterMap().keySet()) {
			Matcher row = ROW_FIELD.matcher(name);
			if (row.lookingAt() && (row.group(1).length() > 6 || Integer.parseInt(row.group(1)) >= MAX_FORM_ROWS)) {
				throw InvalidInputException.of("rows", "survey.question.tooManyOptions", SurveyRules.MAX_OPTIONS);
			}
		}
	}

	@GetMapping("/questions/new")
	String newQuestion(@PathVariable long id, @RequestParam(defaultValue = "NPS") String type, Model model) {
		Survey survey = surveys.get(CurrentActor.require(), id);
		QuestionForm form = new QuestionForm();
		form.setRevision(survey.revision());
		form.setType(type);
		form.setKey(freeKey(survey.definition(), type.toLowerCase(Locale.ROOT)));
		return page(model, survey, null, form.withBlankRows());
	}

	@PostMapping("/questions")
	String add(@PathVariable long id, @ModelAttribute("form") QuestionForm form, BindingResult binding,
			@RequestParam(required = false) String action, Model model, RedirectAttributes redirect, Locale locale) {
		return save(id, null, form, binding, action, model, redirect, locale);
	}

	@GetMapping("/questions/{key}")
	String edit(@PathVariable long id, @PathVariable String key, Model model) {
		Survey survey = surveys.get(CurrentActor.require(), id);
		Question question = survey.definition()
			.question(key)
			.orElseThrow(() -> new io.peakxm.shared.NotFoundException("survey.question.notFound"));
		return page(model, survey, key, QuestionForm.of(question, survey.revision()));
	}

	@PostMapping("/questions/{key}")
	String update(@PathVariable long id, @PathVariable String key, @ModelAttribute("form") QuestionForm form,
			BindingResult binding, @RequestParam(required = false) String action, Model model,
			RedirectAttributes redirect, Locale locale) {
		return save(id, key, form, binding, action, model, redirect, locale);
	}

	@PostMapping("/questions/{key}/move")
	String move(@PathVariable long id, @PathVariable String key, @RequestParam Integer revision, @RequestParam int by,
			RedirectAttributes redirect, Locale locale) {
		return apply(id, revision, d -> d.moveQuestion(key, by), redirect, locale);
	}

	@PostMapping("/questions/{key}/duplicate")
	String duplicate(@PathVariable long id, @PathVariable String key, @RequestParam Integer revision,
			RedirectAttributes redirect, Locale locale) {
		return apply(id, revision, d -> d.duplicateQuestion(key), redirect, locale);
	}

	@PostMapping("/questions/{key}/delete")
	String delete(@PathVariable long id, @PathVariable String key, @RequestParam Integer revision,
			RedirectAttributes redirect, Locale locale) {
		return apply(id, revision, d -> d.removeQuestion(key), redirect, locale);
	}

	@GetMapping("/preview")
	@PreAuthorize("hasAuthority('DESIGN_VIEW')")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("survey", surveys.get(CurrentActor.require(), id));
		return "surveys/preview";
	}

	/**
	 * Saves the question, or with {@code action} "rateEveryTouchpoint" or "moreRows"
	 * shows the form again with the rows filled from the journey or more empty rows,
	 * saving nothing.
	 */
	private String save(long id, String key, QuestionForm form, BindingResult binding, String action, Model model,
			RedirectAttributes redirect, Locale locale) {
		var actor = CurrentActor.require();
		Survey survey = surveys.get(actor, id);
		JourneyDesign journey = journeyOf(survey);
		try {
			if (binding.hasErrors()) {
				var error = binding.getFieldErrors().get(0);
				throw InvalidInputException.of(error.getField(), "validation.type",
						String.valueOf(error.getRejectedValue()));
			}
			if ("rateEveryTouchpoint".equals(action)) {
				if (journey == null) {
					throw InvalidInputException.of("rows", "survey.builder.noJourney");
				}
				model.addAttribute("notice", messages.getMessage("surveys.rowsFilled", null, locale));
				return page(model, survey, key, form.withoutBlankRows().rateEveryTouchpoint(journey));
			}
			if ("moreRows".equals(action)) {
				return page(model, survey, key, form.withoutBlankRows().withBlankRows());
			}
			Question question = form.withoutBlankRows().toQuestion(journey);
			return apply(id, form.getRevision(),
					d -> key == null ? d.addQuestion(question) : d.replaceQuestion(key, question), redirect, locale);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("allErrors",
					ex.violations().stream().map(v -> FormErrors.message(v, messages, locale)).toList());
			model.addAttribute("errors",
					FormErrors.byField(ex.violations()
						.stream()
						.map(v -> new FieldViolation(formField(v.field()), v.code(), v.args()))
						.toList(), messages, locale));
			return page(model, surveys.get(actor, id), key, form.withBlankRows());
		}
	}

	/**
	 * The form field a violation of the whole definition is about: its path within the
	 * question ({@code questions[3].rows[1].touchpointId} →
	 * {@code rows[1].touchpointId}); options are one text field.
	 */
	static String formField(String path) {
		String field = path.replaceFirst("^questions\\[\\d+\\]\\.", "");
		return field.startsWith("options[") ? "options" : field;
	}

	private String apply(long id, Integer revision, UnaryOperator<SurveyDefinition> change, RedirectAttributes redirect,
			Locale locale) {
		if (revision == null) {
			throw InvalidInputException.of("revision", "survey.revisionRequired");
		}
		var actor = CurrentActor.require();
		Survey survey = surveys.get(actor, id);
		designer.save(actor, id, revision, change.apply(survey.definition()));
		redirect.addFlashAttribute("success", messages.getMessage("surveys.saved", null, locale));
		return "redirect:/surveys/" + id;
	}

	private String page(Model model, Survey survey, String key, QuestionForm form) {
		model.addAttribute("survey", survey);
		model.addAttribute("journey", journeyOf(survey));
		model.addAttribute("questionKey", key);
		model.addAttribute("form", form);
		model.addAttribute("types", QuestionType.values());
		model.addAttribute("operators", io.peakxm.survey.DisplayCondition.Operator.values());
		model.addAttribute("styles", Question.RatingStyle.values());
		return "surveys/question";
	}

	/**
	 * The current design of the survey's journey, for the touchpoint pickers; null when
	 * it measures none.
	 */
	private JourneyDesign journeyOf(Survey survey) {
		Long journeyId = survey.definition().journeyId();
		return journeyId == null ? null
				: journeys.find(survey.workspaceId(), journeyId).map(Journey::design).orElse(null);
	}

	private static String freeKey(SurveyDefinition definition, String base) {
		String candidate = base;
		for (int n = 2; definition.question(candidate).isPresent(); n++) {
			candidate = base + n;
		}
		return candidate;
	}

}
