package io.peakxm.feedback.web;

import java.util.Locale;

import io.peakxm.feedback.Topic;
import io.peakxm.feedback.Topics;
import io.peakxm.feedback.TouchpointSynonyms;
import io.peakxm.feedback.Topics.TopicInput;
import io.peakxm.workspace.CurrentActor;
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
 * The topic manager: the taxonomy with a live count and sample of what a rule matches
 * (htmx), suggested topics from untagged feedback to accept or reject, and the progress
 * of re-tagging after a change; and words customers use at touchpoints to accept as a
 * touchpoint's keyword or reject. Problems go back to the page as its message (see the
 * page error handling).
 */
@Controller
@PreAuthorize("hasAuthority('FEEDBACK_MANAGE')")
class TopicsController {

	private final Topics topics;

	private final TouchpointSynonyms synonyms;

	private final MessageSource messages;

	TopicsController(Topics topics, TouchpointSynonyms synonyms, MessageSource messages) {
		this.topics = topics;
		this.synonyms = synonyms;
		this.messages = messages;
	}

	@GetMapping("/feedback/topics")
	String page(Model model) {
		var actor = CurrentActor.require();
		model.addAttribute("topics", topics.list(actor));
		model.addAttribute("suggestions", topics.suggestions(actor));
		model.addAttribute("progress", topics.progress(actor));
		model.addAttribute("synonyms", synonyms.suggestions(actor));
		model.addAttribute("canAcceptSynonyms", synonyms.canAccept(actor));
		model.addAttribute("reanalysis", synonyms.progress(actor));
		return "feedback/topics";
	}

	@PostMapping("/feedback/topics")
	String create(TopicInput input, RedirectAttributes redirect, Locale locale) {
		Topic topic = topics.create(CurrentActor.require(), input);
		return saved(redirect, "feedback.topics.created", topic, locale);
	}

	@PostMapping("/feedback/topics/{id}")
	String update(@PathVariable long id, TopicInput input, RedirectAttributes redirect, Locale locale) {
		Topic topic = topics.update(CurrentActor.require(), id, input);
		return saved(redirect, "feedback.topics.saved", topic, locale);
	}

	@PostMapping("/feedback/topics/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		topics.delete(CurrentActor.require(), id);
		redirect.addFlashAttribute("success", messages.getMessage("feedback.topics.deleted", null, locale));
		return "redirect:/feedback/topics";
	}

	@PostMapping("/feedback/topics/suggestions/accept")
	String accept(@RequestParam String phrase, RedirectAttributes redirect, Locale locale) {
		Topic topic = topics.accept(CurrentActor.require(), phrase);
		return saved(redirect, "feedback.topics.created", topic, locale);
	}

	@PostMapping("/feedback/topics/suggestions/reject")
	String reject(@RequestParam String phrase, RedirectAttributes redirect, Locale locale) {
		topics.reject(CurrentActor.require(), phrase);
		redirect.addFlashAttribute("success",
				messages.getMessage("feedback.topics.rejected", new Object[] { phrase }, locale));
		return "redirect:/feedback/topics";
	}

	@PostMapping("/feedback/topics/synonyms/accept")
	@PreAuthorize("hasAuthority('FEEDBACK_MANAGE') and hasAuthority('DESIGN_EDIT')")
	String acceptSynonym(@RequestParam(required = false) Long touchpointId,
			@RequestParam(required = false) String phrase, RedirectAttributes redirect, Locale locale) {
		var accepted = synonyms.accept(CurrentActor.require(), touchpointId, phrase);
		redirect.addFlashAttribute("success",
				messages.getMessage("feedback.synonyms.accepted", new Object[] { accepted.phrase() }, locale));
		return "redirect:/feedback/topics";
	}

	@PostMapping("/feedback/topics/synonyms/reject")
	String rejectSynonym(@RequestParam(required = false) Long touchpointId,
			@RequestParam(required = false) String phrase, RedirectAttributes redirect, Locale locale) {
		synonyms.reject(CurrentActor.require(), touchpointId, phrase);
		redirect.addFlashAttribute("success",
				messages.getMessage("feedback.synonyms.rejected", new Object[] { phrase.trim() }, locale));
		return "redirect:/feedback/topics";
	}

	/** The live preview of a rule being typed (htmx): its count and newest matches. */
	@PostMapping("/feedback/topics/preview")
	String preview(@RequestParam(required = false) String rule, Model model, Locale locale) {
		try {
			model.addAttribute("preview", topics.preview(CurrentActor.require(), rule));
		}
		catch (io.peakxm.shared.InvalidInputException ex) {
			model.addAttribute("previewErrors",
					io.peakxm.shared.FormErrors.withFields(ex.violations(), messages, locale));
		}
		return "feedback/topics :: preview";
	}

	/** The re-tag progress (htmx, polled while it runs). */
	@GetMapping("/feedback/topics/progress")
	String progress(Model model) {
		model.addAttribute("progress", topics.progress(CurrentActor.require()));
		return "feedback/topics :: progress";
	}

	private String saved(RedirectAttributes redirect, String code, Topic topic, Locale locale) {
		redirect.addFlashAttribute("success",
				messages.getMessage(code, new Object[] { topic.name().in(locale) }, locale));
		return "redirect:/feedback/topics";
	}

}
