package io.peakxm.response.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.peakxm.response.CollectionChannel;
import io.peakxm.response.Submission;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import org.springframework.util.MultiValueMap;

/**
 * What the respondent page's form carries: answers as {@code q.<key>} fields, hidden
 * fields under their own keys, and {@code tp} (touchpoint), {@code ch} (channel),
 * {@code ref}, {@code sid} (idempotency) and {@code started}.
 */
final class RespondentForm {

	private RespondentForm() {
	}

	/**
	 * The submission a posted form makes, on the given channel and in the page's
	 * language.
	 */
	static Submission submission(Survey survey, MultiValueMap<String, String> form, CollectionChannel channel,
			Locale language, Clock clock) {
		return new Submission(channel, RespondentLanguage.tag(language), touchpoint(form.getFirst("tp")), null,
				form.getFirst("ref"), form.getFirst("sid"), startedAt(form.getFirst("started"), clock), answers(form),
				hidden(survey, form));
	}

	/**
	 * Hidden fields, touchpoint, channel and reference travel from the link into the form
	 * unchanged.
	 */
	static Map<String, String> passThrough(Survey survey, MultiValueMap<String, String> values) {
		Map<String, String> result = new java.util.LinkedHashMap<>();
		for (String name : List.of("tp", "ch", "ref", "inv")) {
			if (values.getFirst(name) != null) {
				result.put(name, values.getFirst(name));
			}
		}
		for (Question q : survey.definition().hiddenFields()) {
			if (values.getFirst(q.key()) != null) {
				result.put(q.key(), values.getFirst(q.key()));
			}
		}
		return result;
	}

	private static Map<String, List<String>> answers(MultiValueMap<String, String> form) {
		Map<String, List<String>> raw = new HashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith("q.")) {
				raw.put(name.substring(2), new ArrayList<>(values));
			}
		});
		return raw;
	}

	private static Map<String, String> hidden(Survey survey, MultiValueMap<String, String> form) {
		Map<String, String> hidden = new HashMap<>();
		for (Question q : survey.definition().questions()) {
			if (q.type() == QuestionType.HIDDEN && form.getFirst(q.key()) != null) {
				hidden.put(q.key(), form.getFirst(q.key()));
			}
		}
		return hidden;
	}

	/** The channel a link names ({@code ch}); a plain link otherwise. */
	static CollectionChannel channel(String value) {
		if (value != null) {
			for (CollectionChannel channel : List.of(CollectionChannel.QR, CollectionChannel.EMBED,
					CollectionChannel.KIOSK, CollectionChannel.EMAIL)) {
				if (channel.name().equalsIgnoreCase(value)) {
					return channel;
				}
			}
		}
		return CollectionChannel.LINK;
	}

	private static Long touchpoint(String value) {
		try {
			return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("touchpoint", "response.touchpointUnknown", value);
		}
	}

	/**
	 * When the respondent opened the page, if the form says so plausibly (within the last
	 * 7 days).
	 */
	private static Instant startedAt(String millis, Clock clock) {
		try {
			long value = Long.parseLong(millis);
			Instant started = Instant.ofEpochMilli(value);
			return started.isAfter(clock.instant()) || started.isBefore(clock.instant().minusSeconds(7 * 86_400)) ? null
					: started;
		}
		catch (NumberFormatException | NullPointerException ex) {
			return null;
		}
	}

}
