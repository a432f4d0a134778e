package io.peakxm.survey.web;

import java.util.List;
import java.util.Locale;

import io.peakxm.journey.JourneySummary;
import io.peakxm.journey.Journeys;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.WellFormedTextModule;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.SurveyStatus;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.Permission;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The surveys pages: list, create from a template (or blank) for a chosen journey, and a
 * survey's page with its status, its settings (texts and the journey it measures, with
 * the touchpoints no question rates), link and QR codes (for the survey and for each
 * touchpoint it measures), its questions, versions, and the definition as JSON.
 */
@Controller
@RequestMapping("/surveys")
@PreAuthorize("hasAuthority('DESIGN_VIEW')")
class SurveysController {

	private static final String EDIT = "hasAuthority('DESIGN_EDIT')";

	private final Surveys surveys;

	private final SurveyDesigner designer;

	private final Journeys journeys;

	private final MessageSource messages;

	private final JsonMapper json;

	SurveysController(Surveys surveys, SurveyDesigner designer, Journeys journeys, MessageSource messages,
			JsonMapper json) {
		this.surveys = surveys;
		this.designer = designer;
		this.journeys = journeys;
		this.messages = messages;
		// The builder's definition is what a person typed: read it with the well-formed
		// text rule.
		this.json = WellFormedTextModule.checking(json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build());
	}

	@GetMapping
	String list(@RequestParam(required = false) SurveyStatus status, @RequestParam(required = false) Integer page,
			Model model) {
		var actor = CurrentActor.require();
		model.addAttribute("surveys", surveys.list(actor, status, null, PageRequest.of(page, 25, 25)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", SurveyStatus.values());
		model.addAttribute("templates", surveys.templates());
		model.addAttribute("journeys", journeyChoices());
		return "surveys/list";
	}

	@PostMapping
	@PreAuthorize(EDIT)
	String create(@RequestParam String template, @RequestParam(required = false) Long journeyId,
			RedirectAttributes redirect, Locale locale) {
		long id = designer.createFromTemplate(CurrentActor.require(), template, journeyId);
		redirect.addFlashAttribute("success", messages.getMessage("surveys.created", null, locale));
		return "redirect:/surveys/" + id;
	}

	@PostMapping("/import")
	@PreAuthorize(EDIT)
	String importSurvey(@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
			@RequestParam(required = false) String text, Model model, RedirectAttributes redirect, Locale locale)
			throws java.io.IOException {
		String content = file != null && !file.isEmpty()
				? new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8) : text;
		try {
			long id = designer.create(CurrentActor.require(), io.peakxm.survey.internal.SurveyDocuments.read(content));
			redirect.addFlashAttribute("success", messages.getMessage("surveys.imported", null, locale));
			return "redirect:/surveys/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("importErrors", FormErrors.withFields(ex.violations(), messages, locale));
			model.addAttribute("importText", text);
			return list(null, null, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Survey survey = surveys.get(CurrentActor.require(), id);
		return page(model, survey, json.writeValueAsString(survey.definition()));
	}

	/**
	 * Saves texts and journey; a new journey ties the rows to its touchpoints of the same
	 * name.
	 */
	@PostMapping("/{id}/settings")
	@PreAuthorize(EDIT)
	String saveSettings(@PathVariable long id, @ModelAttribute("settings") SurveySettingsForm settings, Model model,
			RedirectAttributes redirect, Locale locale) {
		var actor = CurrentActor.require();
		Survey survey = surveys.get(actor, id);
		try {
			if (settings.getRevision() == null) {
				throw InvalidInputException.of("revision", "survey.revisionRequired");
			}
			designer.saveWithJourney(actor, id, settings.getRevision(), settings.applyTo(survey.definition()));
			redirect.addFlashAttribute("success", messages.getMessage("surveys.saved", null, locale));
			return "redirect:/surveys/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("settingsErrors", FormErrors.byField(ex.violations(), messages, locale));
			model.addAttribute("settings", settings);
			return page(model, survey, json.writeValueAsString(survey.definition()));
		}
	}

	@PostMapping("/{id}/open")
	@PreAuthorize(EDIT)
	String open(@PathVariable long id, @RequestParam Integer revision, RedirectAttributes redirect, Locale locale) {
		var survey = designer.open(CurrentActor.require(), id, revision);
		redirect.addFlashAttribute("success",
				messages.getMessage("surveys.opened", new Object[] { survey.currentVersion() }, locale));
		return "redirect:/surveys/" + id;
	}

	@PostMapping("/{id}/close")
	@PreAuthorize(EDIT)
	String close(@PathVariable long id, @RequestParam Integer revision, RedirectAttributes redirect, Locale locale) {
		designer.close(CurrentActor.require(), id, revision);
		redirect.addFlashAttribute("success", messages.getMessage("surveys.closed", null, locale));
		return "redirect:/surveys/" + id;
	}

	@PostMapping("/{id}/definition")
	@PreAuthorize(EDIT)
	String saveDefinition(@PathVariable long id, @RequestParam Integer revision, @RequestParam String definition,
			Model model, RedirectAttributes redirect, Locale locale) {
		var actor = CurrentActor.require();
		try {
			SurveyDefinition parsed;
			try {
				parsed = json.readValue(definition, SurveyDefinition.class);
			}
			catch (WellFormedTextModule.MalformedText ex) {
				throw new InvalidInputException(java.util.List.of(ex.violation()));
			}
			catch (JacksonException ex) {
				throw InvalidInputException.of("definition", "survey.definitionMalformed",
						ex.getLocation() == null ? 0 : ex.getLocation().getLineNr());
			}
			designer.save(actor, id, revision, parsed);
			redirect.addFlashAttribute("success", messages.getMessage("surveys.saved", null, locale));
			return "redirect:/surveys/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("definitionErrors", FormErrors.withFields(ex.violations(), messages, locale));
			return page(model, surveys.get(actor, id), definition);
		}
	}

	private String page(Model model, Survey survey, String definitionJson) {
		model.addAttribute("survey", survey);
		model.addAttribute("definition", survey.definition());
		model.addAttribute("definitionJson", definitionJson);
		model.addAttribute("link", SurveyLinks.link(survey, null, false));
		model.addAttribute("baseUrl",
				org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
					.toUriString());
		model.addAttribute("touchpoints", survey.definition().measuredTouchpoints());
		model.addAttribute("versions", surveys.versions(CurrentActor.require(), survey.id()));
		model.addAttribute("coverage", surveys.coverage(survey).orElse(null));
		if (!model.containsAttribute("settings")) {
			model.addAttribute("settings", SurveySettingsForm.of(survey.definition(), survey.revision()));
		}
		if (CurrentActor.require().can(Permission.DESIGN_EDIT)) {
			model.addAttribute("journeys", journeyChoices());
		}
		return "surveys/show";
	}

	/**
	 * The journeys a survey can be set to measure: those not archived, most recently
	 * changed first.
	 */
	private List<JourneySummary> journeyChoices() {
		return journeys.list(CurrentActor.require(), false, null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
	}

}
