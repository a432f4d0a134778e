package io.peakxm.journey.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.JourneyDesigner;
import io.peakxm.journey.Journeys;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.PageRequest;
import io.peakxm.workspace.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journeys pages: list, create (blank or template), import, copy, archive, publish,
 * versions, export.
 */
@Controller
@RequestMapping("/journeys")
@PreAuthorize("hasAuthority('DESIGN_VIEW')")
class JourneysController {

	private static final String EDIT = "hasAuthority('DESIGN_EDIT')";

	private final Journeys journeys;

	private final JourneyDesigner designer;

	private final MessageSource messages;

	JourneysController(Journeys journeys, JourneyDesigner designer, MessageSource messages) {
		this.journeys = journeys;
		this.designer = designer;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean archived, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("journeys",
				journeys.list(CurrentActor.require(), archived, q, PageRequest.of(page, 25, 25)));
		model.addAttribute("templates", journeys.templates());
		model.addAttribute("archived", archived);
		model.addAttribute("q", q);
		return "journeys/list";
	}

	@PostMapping
	@PreAuthorize(EDIT)
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) String template,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			var actor = CurrentActor.require();
			long id = template == null || template.isBlank()
					? designer.create(actor, new JourneyDesign(name, null, null, null, null, List.of()))
					: designer.createFromTemplate(actor, template);
			redirect.addFlashAttribute("success", messages.getMessage("journeys.created", null, locale));
			return "redirect:/journeys/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.byField(ex.violations(), messages, locale));
			return list(false, null, null, model);
		}
	}

	@PostMapping("/import")
	@PreAuthorize(EDIT)
	String importJourney(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String text, Model model, RedirectAttributes redirect, Locale locale)
			throws IOException {
		String content = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
		try {
			long id = designer.importJourney(CurrentActor.require(), content);
			redirect.addFlashAttribute("success", messages.getMessage("journeys.imported", null, locale));
			return "redirect:/journeys/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("importErrors", FormErrors.withFields(ex.violations(), messages, locale));
			model.addAttribute("importText", text);
			return list(false, null, null, model);
		}
	}

	@PostMapping("/{id}/copy")
	@PreAuthorize(EDIT)
	String copy(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		long copy = designer.copy(CurrentActor.require(), id);
		redirect.addFlashAttribute("success", messages.getMessage("journeys.copied", null, locale));
		return "redirect:/journeys/" + copy;
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize(EDIT)
	String archive(@PathVariable long id, @RequestParam Integer revision, @RequestParam boolean archived,
			RedirectAttributes redirect, Locale locale) {
		designer.archive(CurrentActor.require(), id, JourneyInputs.requireRevision(revision), archived);
		redirect.addFlashAttribute("success",
				messages.getMessage(archived ? "journeys.archivedDone" : "journeys.restoredDone", null, locale));
		return "redirect:/journeys/" + id;
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize(EDIT)
	String publish(@PathVariable long id, @RequestParam Integer revision, RedirectAttributes redirect, Locale locale) {
		var version = designer.publish(CurrentActor.require(), id, JourneyInputs.requireRevision(revision));
		redirect.addFlashAttribute("success",
				messages.getMessage("journeys.published", new Object[] { version.number() }, locale));
		return "redirect:/journeys/" + id;
	}

	@GetMapping("/{id}/versions")
	String versions(@PathVariable long id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		var actor = CurrentActor.require();
		model.addAttribute("journey", journeys.get(actor, id));
		var versions = journeys.versions(actor, id);
		model.addAttribute("versions", versions);
		if (from != null && to != null) {
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("changes", journeys.compare(actor, id, from, to));
		}
		return "journeys/versions";
	}

	@GetMapping("/{id}/export")
	ResponseEntity<String> export(@PathVariable long id, @RequestParam(required = false) Integer version) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"journey-" + id + (version == null ? "" : "-v" + version) + ".json\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(journeys.export(CurrentActor.require(), id, version));
	}

}
