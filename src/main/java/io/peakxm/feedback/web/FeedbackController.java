package io.peakxm.feedback.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.peakxm.feedback.Feedback;
import io.peakxm.feedback.FeedbackFilter;
import io.peakxm.feedback.FeedbackHit;
import io.peakxm.feedback.FeedbackSource;
import io.peakxm.feedback.Topics;
import io.peakxm.shared.FormErrors;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.LocalizedText;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.shared.QueryString;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.CurrentActor;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The feedback inbox: every channel's customer text, newest first, with search hits
 * highlighted, sentiment and emotion chips, touchpoint and topic tags, filters, and a
 * page per item with where it came from and similar items.
 */
@Controller
@PreAuthorize("hasAnyAuthority('ANALYTICS_VIEW', 'CASES_WORK')")
class FeedbackController {

	static final int PAGE_SIZE = 25;

	private final Feedback feedback;

	private final Topics topics;

	private final MessageSource messages;

	FeedbackController(Feedback feedback, Topics topics, MessageSource messages) {
		this.feedback = feedback;
		this.topics = topics;
		this.messages = messages;
	}

	@GetMapping("/feedback")
	String inbox(@RequestParam(required = false) String q, @RequestParam(required = false) String source,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String sentiment, @RequestParam(required = false) Long touchpoint,
			@RequestParam(required = false) Long topic, @RequestParam(required = false) Integer minRating,
			@RequestParam(required = false) Integer maxRating, @RequestParam(required = false) String language,
			@RequestParam(required = false) String field, @RequestParam(required = false) Integer page, Model model,
			HttpServletResponse response, Locale locale) {
		var actor = CurrentActor.require();
		String query = new QueryString().add("q", q)
			.add("source", source)
			.add("from", from)
			.add("to", to)
			.add("sentiment", sentiment)
			.add("touchpoint", touchpoint)
			.add("topic", topic)
			.add("minRating", minRating)
			.add("maxRating", maxRating)
			.add("language", language)
			.add("field", field)
			.toString();
		model.addAttribute("filter",
				new Params(q, source, from, to, sentiment, touchpoint, topic, minRating, maxRating, language, field));
		model.addAttribute("queryString", query);
		model.addAttribute("sources", FeedbackSource.values());
		model.addAttribute("touchpoints", feedback.touchpointNames(actor));
		model.addAttribute("topics", topicNames(actor));
		PageSlice<FeedbackHit> items;
		try {
			FeedbackFilter filter = FeedbackFilters.of(q, source, from, to, sentiment, touchpoint, topic, minRating,
					maxRating, language, field);
			items = feedback.list(actor, filter, PageRequest.of(page, PAGE_SIZE, PAGE_SIZE));
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			model.addAttribute("filterErrors", FormErrors.withFields(ex.violations(), messages, locale));
			items = new PageSlice<>(List.of(), 0, PAGE_SIZE, 0);
		}
		model.addAttribute("items", items);
		return "feedback/inbox";
	}

	@GetMapping("/feedback/{id}")
	String show(@PathVariable long id, Model model) {
		var actor = CurrentActor.require();
		model.addAttribute("item", feedback.get(actor, id));
		model.addAttribute("similar", feedback.similar(actor, id));
		model.addAttribute("touchpoints", feedback.touchpointNames(actor));
		model.addAttribute("topics", topicNames(actor));
		return "feedback/show";
	}

	/**
	 * Bulk re-tag from the inbox: puts the chosen topic on the ticked items, or on every
	 * item of the page ({@code scope=page}), or takes it off; back to the same filter and
	 * page with what changed.
	 */
	@PostMapping("/feedback/retag")
	@PreAuthorize("hasAuthority('FEEDBACK_MANAGE')")
	String retag(@RequestParam(required = false) List<Long> ids, @RequestParam(required = false) List<Long> pageIds,
			@RequestParam(required = false) String scope, @RequestParam(required = false) Long topic,
			@RequestParam(required = false) String action, @RequestParam(required = false) String back,
			RedirectAttributes redirect, Locale locale) {
		List<Long> chosen = "page".equals(scope) ? pageIds : ids;
		String target = "redirect:/feedback" + (back != null && SAFE_QUERY.matcher(back).matches() ? "?" + back : "");
		if (!"add".equals(action) && !"remove".equals(action)) {
			redirect.addFlashAttribute("error", messages.getMessage("feedback.retag.noAction", null, locale));
			return target;
		}
		boolean tagged = "add".equals(action);
		try {
			int changed = topics.tag(CurrentActor.require(), chosen, topic, tagged);
			redirect.addFlashAttribute("success",
					messages.getMessage(tagged ? "feedback.retag.added" : "feedback.retag.removed",
							new Object[] { changed, chosen.size() }, locale));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error",
					String.join(" ", FormErrors.withFields(ex.violations(), messages, locale)));
		}
		return target;
	}

	/** A query string the inbox made (its filter and page), safe to redirect to. */
	private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9_.~%=&+*:,-]{1,2000}");

	/** Topic names by id, parents before their sub-topics. */
	private Map<Long, LocalizedText> topicNames(Actor actor) {
		Map<Long, LocalizedText> names = new LinkedHashMap<>();
		topics.list(actor).forEach(t -> names.put(t.id(), t.name()));
		return names;
	}

	/** The filter as typed, to show it again. */
	record Params(String q, String source, String from, String to, String sentiment, Long touchpoint, Long topic,
			Integer minRating, Integer maxRating, String language, String field) {
	}

}
