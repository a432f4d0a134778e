package io.peakxm.response.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.peakxm.response.internal.KioskDevices;
import io.peakxm.shared.RandomTokens;
import io.peakxm.survey.Survey;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Writes the respondent's pages — the survey, the thank-you page and the page that says a
 * survey or an invitation cannot be answered — for every controller that shows them
 * (public link, kiosk, the builder's preview), in the respondent's language:
 * {@code locale} in the model (the templates' {@code ${locale}}), and the page's own
 * texts ({@code t}) from the messages in that language rather than the application's.
 */
@Component
class RespondentPages {

	private static final List<String> TEXTS = List.of("submit", "required", "optional", "thanks", "unavailable",
			"unavailableText", "other", "page", "language", "notLikely", "veryLikely", "veryDissatisfied",
			"verySatisfied", "veryDifficult", "veryEasy", "bad", "excellent", "skip", "fixErrors", "queued",
			"progress");

	private final MessageSource messages;

	private final KioskDevices kiosks;

	private final Clock clock;

	RespondentPages(MessageSource messages, KioskDevices kiosks, Clock clock) {
		this.messages = messages;
		this.kiosks = kiosks;
		this.clock = clock;
	}

	/**
	 * The survey with the values given so far, the problems of each question and the
	 * notices above them.
	 */
	String survey(Model model, Survey survey, MultiValueMap<String, String> values, Locale locale,
			Map<String, List<String>> errors, List<String> notices) {
		model.addAttribute("survey", survey);
		model.addAttribute("definition", survey.definition());
		model.addAttribute("locale", locale);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("notices", notices);
		model.addAttribute("sid", values.getFirst("sid") != null ? values.getFirst("sid") : RandomTokens.urlSafe(22));
		model.addAttribute("started",
				values.getFirst("started") != null ? values.getFirst("started") : String.valueOf(clock.millis()));
		model.addAttribute("passThrough", RespondentForm.passThrough(survey, values));
		model.addAttribute("t", texts(locale));
		String kiosk = values.getFirst("kiosk");
		model.addAttribute("kiosk", kiosk != null && kiosks.isActive(survey.id(), kiosk) ? kiosk : null);
		return "respond/page";
	}

	String thanks(Model model, Survey survey, Locale locale) {
		model.addAttribute("locale", locale);
		model.addAttribute("t", texts(locale));
		model.addAttribute("definition", survey.definition());
		model.addAttribute("publicId", survey.publicId());
		return "respond/thanks";
	}

	/** A survey that does not exist (404) or is not open (410). */
	String unavailable(Model model, HttpServletResponse response, Survey survey, Locale locale) {
		response.setStatus(survey == null ? 404 : 410);
		return unavailable(model, locale, texts(locale));
	}

	/** The page of a survey that cannot be answered, with its texts as given. */
	String unavailable(Model model, Locale locale, Map<String, String> texts) {
		model.addAttribute("locale", locale);
		model.addAttribute("t", texts);
		return "respond/unavailable";
	}

	/** An invitation link that is wrong (404) or was used already (410). */
	String invitationUnusable(Model model, HttpServletResponse response, boolean unknown, Locale locale) {
		response.setStatus(unknown ? 404 : 410);
		Map<String, String> texts = texts(locale);
		texts.put("unavailable", message(unknown ? "respond.invitationUnknown" : "respond.invitationUsed", locale));
		texts.put("unavailableText",
				message(unknown ? "respond.invitationUnknownText" : "respond.invitationUsedText", locale));
		return unavailable(model, locale, texts);
	}

	/** The respondent page's own texts, in the respondent's language. */
	Map<String, String> texts(Locale locale) {
		Map<String, String> texts = new HashMap<>();
		for (String key : TEXTS) {
			texts.put(key, message("respond." + key, locale));
		}
		return texts;
	}

	String message(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

}
