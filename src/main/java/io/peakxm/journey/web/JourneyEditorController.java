package io.peakxm.journey.web;

import java.util.Locale;
import java.util.function.UnaryOperator;

import io.peakxm.journey.Journey;
import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.JourneyDesigner;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.Stage;
import io.peakxm.journey.Touchpoint;
import io.peakxm.journey.web.JourneyInputs.StageInput;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journey editor: the draft's header, its stages (blueprint lanes, order) and
 * touchpoints (content, standards, order, stage). Every form carries the revision it was
 * shown with, so concurrent edits are caught.
 */
@Controller
@RequestMapping("/journeys/{id}")
@PreAuthorize("hasAuthority('DESIGN_VIEW')")
class JourneyEditorController {

	private static final String EDIT = "hasAuthority('DESIGN_EDIT')";

	private final Journeys journeys;

	private final JourneyDesigner designer;

	private final Workspaces workspaces;

	private final MessageSource messages;

	JourneyEditorController(Journeys journeys, JourneyDesigner designer, Workspaces workspaces,
			MessageSource messages) {
		this.journeys = journeys;
		this.designer = designer;
		this.workspaces = workspaces;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		model.addAttribute("journey", journeys.get(CurrentActor.require(), id));
		return "journeys/editor";
	}

	@PostMapping
	@PreAuthorize(EDIT)
	String saveHeader(@PathVariable long id, @RequestParam Integer revision,
			@RequestParam(required = false) String name, @RequestParam(required = false) String nameZh,
			@RequestParam(required = false) String description, @RequestParam(required = false) String targetSegment,
			@RequestParam(required = false) String goal, RedirectAttributes redirect, Locale locale) {
		return apply(id, revision, d -> d.withHeader(name, nameZh, description, targetSegment, goal), redirect, locale);
	}

	@PostMapping("/stages")
	@PreAuthorize(EDIT)
	String addStage(@PathVariable long id, StageInput stage, RedirectAttributes redirect, Locale locale) {
		return apply(id, stage.revision(), d -> d.addStage(stage.toStage()), redirect, locale);
	}

	@GetMapping("/stages/{stageId}")
	String editStage(@PathVariable long id, @PathVariable long stageId, Model model) {
		Journey journey = journeys.get(CurrentActor.require(), id);
		model.addAttribute("journey", journey);
		model.addAttribute("lanes", Stage.LANES);
		model.addAttribute("stage",
				journey.design().stage(stageId).orElseThrow(() -> new NotFoundException("journey.stage.notFound")));
		return "journeys/stage";
	}

	@PostMapping("/stages/{stageId}")
	@PreAuthorize(EDIT)
	String saveStage(@PathVariable long id, @PathVariable long stageId, StageInput stage, RedirectAttributes redirect,
			Locale locale) {
		return apply(id, stage.revision(), d -> d.updateStage(stageId, stage.toStage()), redirect, locale);
	}

	@PostMapping("/stages/{stageId}/move")
	@PreAuthorize(EDIT)
	String moveStage(@PathVariable long id, @PathVariable long stageId, @RequestParam Integer revision,
			@RequestParam int by, RedirectAttributes redirect, Locale locale) {
		return apply(id, revision, d -> d.moveStage(stageId, indexOfStage(d, stageId) + Integer.signum(by)), redirect,
				locale);
	}

	@PostMapping("/stages/{stageId}/delete")
	@PreAuthorize(EDIT)
	String removeStage(@PathVariable long id, @PathVariable long stageId, @RequestParam Integer revision,
			RedirectAttributes redirect, Locale locale) {
		return apply(id, revision, d -> d.removeStage(stageId), redirect, locale);
	}

	@GetMapping("/touchpoints/new")
	String newTouchpoint(@PathVariable long id, @RequestParam long stageId, Model model) {
		Journey journey = journeys.get(CurrentActor.require(), id);
		journey.design().stage(stageId).orElseThrow(() -> new NotFoundException("journey.stage.notFound"));
		return touchpointPage(model, journey, null, TouchpointForm.blank(journey.revision(), stageId));
	}

	@PostMapping("/touchpoints")
	@PreAuthorize(EDIT)
	String addTouchpoint(@PathVariable long id, @ModelAttribute("form") TouchpointForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, Locale locale) {
		return saveTouchpoint(id, null, form, binding, model, redirect, locale);
	}

	@GetMapping("/touchpoints/{touchpointId}")
	String editTouchpoint(@PathVariable long id, @PathVariable long touchpointId, Model model) {
		Journey journey = journeys.get(CurrentActor.require(), id);
		Touchpoint touchpoint = journey.design()
			.touchpoint(touchpointId)
			.orElseThrow(() -> new NotFoundException("journey.touchpoint.notFound"));
		return touchpointPage(model, journey, touchpointId,
				TouchpointForm.of(touchpoint, journey.revision(), journey.design().stageOf(touchpointId)));
	}

	@PostMapping("/touchpoints/{touchpointId}")
	@PreAuthorize(EDIT)
	String updateTouchpoint(@PathVariable long id, @PathVariable long touchpointId,
			@ModelAttribute("form") TouchpointForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale) {
		return saveTouchpoint(id, touchpointId, form, binding, model, redirect, locale);
	}

	@PostMapping("/touchpoints/{touchpointId}/move")
	@PreAuthorize(EDIT)
	String moveTouchpoint(@PathVariable long id, @PathVariable long touchpointId, @RequestParam Integer revision,
			@RequestParam(required = false) Integer by, @RequestParam(required = false) Long toStage,
			RedirectAttributes redirect, Locale locale) {
		return apply(id, revision, d -> {
			long stageId = d.stageOf(touchpointId);
			if (toStage != null && toStage != stageId) {
				return d.moveTouchpoint(touchpointId, toStage, Integer.MAX_VALUE);
			}
			int index = d.stage(stageId)
				.orElseThrow()
				.touchpoints()
				.stream()
				.map(Touchpoint::id)
				.toList()
				.indexOf(touchpointId);
			return d.moveTouchpoint(touchpointId, stageId, index + Integer.signum(by == null ? 0 : by));
		}, redirect, locale);
	}

	@PostMapping("/touchpoints/{touchpointId}/delete")
	@PreAuthorize(EDIT)
	String removeTouchpoint(@PathVariable long id, @PathVariable long touchpointId, @RequestParam Integer revision,
			RedirectAttributes redirect, Locale locale) {
		return apply(id, revision, d -> d.removeTouchpoint(touchpointId), redirect, locale);
	}

	private String saveTouchpoint(long id, Long touchpointId, TouchpointForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			if (binding.hasErrors()) {
				throw InvalidInputException.of(binding.getFieldErrors().get(0).getField(), "validation.type",
						String.valueOf(binding.getFieldErrors().get(0).getRejectedValue()));
			}
			Touchpoint touchpoint = form.toTouchpoint();
			designer.edit(CurrentActor.require(), id, JourneyInputs.requireRevision(form.getRevision()),
					d -> touchpointId == null ? d.addTouchpoint(form.getStageId(), touchpoint)
							: d.updateTouchpoint(touchpointId, touchpoint));
			redirect.addFlashAttribute("success", messages.getMessage("journeys.saved", null, locale));
			return "redirect:/journeys/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors",
					FormErrors.byField(ex.violations()
						.stream()
						.map(v -> new io.peakxm.shared.FieldViolation(
								v.field().substring(v.field().lastIndexOf('.') + 1), v.code(), v.args()))
						.toList(), messages, locale));
			model.addAttribute("allErrors",
					ex.violations().stream().map(v -> FormErrors.message(v, messages, locale)).toList());
			return touchpointPage(model, journeys.get(CurrentActor.require(), id), touchpointId, form.withBlankRows());
		}
	}

	private String touchpointPage(Model model, Journey journey, Long touchpointId, TouchpointForm form) {
		model.addAttribute("journey", journey);
		model.addAttribute("touchpointId", touchpointId);
		model.addAttribute("form", form);
		model.addAttribute("channels", io.peakxm.journey.Channel.values());
		model.addAttribute("directions", io.peakxm.journey.StandardDirection.values());
		model.addAttribute("sources", io.peakxm.journey.ComplianceSource.values());
		model.addAttribute("members", workspaces.activeMembers(journey.workspaceId()));
		return "journeys/touchpoint";
	}

	private String apply(long id, Integer revision, UnaryOperator<JourneyDesign> change, RedirectAttributes redirect,
			Locale locale) {
		designer.edit(CurrentActor.require(), id, JourneyInputs.requireRevision(revision), change);
		redirect.addFlashAttribute("success", messages.getMessage("journeys.saved", null, locale));
		return "redirect:/journeys/" + id;
	}

	private static int indexOfStage(JourneyDesign design, long stageId) {
		return design.stages().stream().map(Stage::id).toList().indexOf(stageId);
	}

}
