package io.peakxm.feedback.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.peakxm.feedback.BulkResult;
import io.peakxm.feedback.FeedbackImportMapping;
import io.peakxm.feedback.FeedbackImports;
import io.peakxm.feedback.FeedbackSource;
import io.peakxm.feedback.SavedImportMapping;
import io.peakxm.feedback.internal.FeedbackImporter;
import io.peakxm.journey.Journeys;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.files.FileEncoding;
import io.peakxm.shared.files.FilePreview;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The feedback import page: choose a file (and a saved mapping), see its first rows as
 * they read, map each column, import; the result says what was created, what was left out
 * as a duplicate, or every problem by row and column. The browser does not keep a chosen
 * file across pages, so the preview is swapped into the page by htmx where scripts run,
 * and otherwise the file is chosen again to import.
 */
@Controller
@PreAuthorize("hasAuthority('FEEDBACK_MANAGE')")
class FeedbackImportController {

	private final FeedbackImports imports;

	private final Journeys journeys;

	private final MessageSource messages;

	FeedbackImportController(FeedbackImports imports, Journeys journeys, MessageSource messages) {
		this.imports = imports;
		this.journeys = journeys;
		this.messages = messages;
	}

	@GetMapping("/feedback/import")
	String form(Model model) {
		return page(CurrentActor.require(), ImportPageForm.EMPTY, model);
	}

	@PostMapping("/feedback/import")
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "preview") String step, HttpServletRequest request, Model model,
			HttpServletResponse response, Locale locale) throws IOException {
		var actor = CurrentActor.require();
		ImportPageForm form = ImportPageForm.of(request);
		try {
			byte[] content = FeedbackImportsApiController.nonEmpty(file);
			FilePreview preview = imports.preview(actor, file.getOriginalFilename(), content, form.encoding());
			model.addAttribute("preview", preview);
			if (form.choices().isEmpty() && !form.mappingName().isBlank()) {
				SavedImportMapping saved = imports.mapping(actor, form.mappingName());
				form = ImportPageForm.of(saved.mapping(), preview.header(), form);
			}
			form = form.forHeader(preview.header(), FeedbackImporter.targetNames());
			if ("import".equals(step)) {
				FeedbackImportMapping mapping = form.mapping();
				if (!form.saveAs().isBlank()) {
					imports.save(actor, form.saveAs(), mapping);
				}
				BulkResult result = imports.importFile(actor, file.getOriginalFilename(), content, mapping);
				model.addAttribute("result", result);
			}
		}
		catch (InvalidInputException ex) {
			response.setStatus("import".equals(step) ? 400 : 200);
			model.addAttribute("errors", FormErrors.withFields(ex.violations(), messages, locale));
		}
		catch (NotFoundException ex) {
			response.setStatus("import".equals(step) ? 400 : 200);
			model.addAttribute("errors", List.of(messages.getMessage("feedback.import.mappingNotFound", null, locale)));
		}
		return page(actor, form, model);
	}

	private String page(Actor actor, ImportPageForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("encodings", FileEncoding.values());
		model.addAttribute("targets",
				FeedbackImporter.targetNames().stream().map(t -> t.endsWith(":") ? "field" : t).toList());
		model.addAttribute("dateFormats", FeedbackImporter.dateFormats());
		model.addAttribute("sources",
				List.of(FeedbackSource.values()).stream().filter(s -> s != FeedbackSource.SURVEY).toList());
		model.addAttribute("saved", imports.mappings(actor).stream().map(SavedImportMapping::name).toList());
		model.addAttribute("journeys", journeys.list(actor, false, null, PageRequest.of(0, 100, 100)).items());
		return "feedback/import";
	}

}
