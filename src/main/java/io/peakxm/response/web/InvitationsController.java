package io.peakxm.response.web;

import java.io.IOException;
import java.util.Locale;

import io.peakxm.shared.files.FileEncoding;
import io.peakxm.response.InvitationUpload;
import io.peakxm.response.Invitations;
import io.peakxm.response.internal.InvitationMailer;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PublicUrl;
import io.peakxm.survey.Question;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * E-mail invitations of a survey: upload recipients, see what was sent, answered or
 * unsubscribed.
 */
@Controller
@PreAuthorize("hasAuthority('DESIGN_EDIT')")
class InvitationsController {

	private final Invitations invitations;

	private final Surveys surveys;

	private final InvitationMailer mailer;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	InvitationsController(Invitations invitations, Surveys surveys, InvitationMailer mailer, MessageSource messages,
			PublicUrl publicUrl) {
		this.invitations = invitations;
		this.surveys = surveys;
		this.mailer = mailer;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/surveys/{id}/invitations")
	String list(@PathVariable long id, @RequestParam(required = false) Integer page, Model model,
			HttpServletRequest request) {
		return page(id, page, model, request);
	}

	@PostMapping("/surveys/{id}/invitations")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "3") int remindAfterDays, @RequestParam(defaultValue = "1") int maxReminders,
			@RequestParam(defaultValue = "auto") String encoding, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.of("file", "validation.required");
			}
			InvitationUpload result = invitations.upload(CurrentActor.require(), id, file.getOriginalFilename(),
					file.getBytes(), FileEncoding.parse("encoding", encoding), remindAfterDays, maxReminders);
			String added = messages.getMessage("invitations.uploaded",
					new Object[] { result.created(), result.alreadyInvited(), result.unsubscribed() }, locale);
			redirect.addFlashAttribute("success", result.fileEncoding() == null ? added : added + " "
					+ messages.getMessage("import.readAs", new Object[] { result.fileEncoding() }, locale));
			return "redirect:/surveys/" + id + "/invitations";
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			model.addAttribute("uploadErrors", FormErrors.withFields(ex.violations(), messages, locale));
			model.addAttribute("remindAfterDays", remindAfterDays);
			model.addAttribute("maxReminders", maxReminders);
			model.addAttribute("encoding", encoding);
			return page(id, 0, model, request);
		}
	}

	private String page(long id, Integer page, Model model, HttpServletRequest request) {
		var actor = CurrentActor.require();
		Survey survey = surveys.get(actor, id);
		model.addAttribute("survey", survey);
		model.addAttribute("hiddenFields", survey.definition().hiddenFields().stream().map(Question::key).toList());
		model.addAttribute("summary", invitations.summary(actor, id));
		model.addAttribute("invitations", invitations.list(actor, id, PageRequest.of(page, 50, 50)));
		model.addAttribute("mailConfigured", mailer.configured());
		model.addAttribute("publicUrl", publicUrl.base());
		model.addAttribute("openedAt", publicUrl.unsetAndOtherThan(request).orElse(null));
		model.addAttribute("maxRecipients", Invitations.MAX_RECIPIENTS);
		model.addAttribute("encodings", FileEncoding.values());
		if (!model.containsAttribute("encoding")) {
			model.addAttribute("encoding", FileEncoding.AUTO.label());
		}
		if (!model.containsAttribute("remindAfterDays")) {
			model.addAttribute("remindAfterDays", 3);
			model.addAttribute("maxReminders", 1);
		}
		return "invitations/list";
	}

}
