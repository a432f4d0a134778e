package io.peakxm.feedback.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import io.peakxm.feedback.FeedbackFilter;
import io.peakxm.feedback.FeedbackSource;
import io.peakxm.shared.Violations;

/**
 * Reads the inbox's and the API's filter parameters, naming each one that is wrong. A
 * search is at most {@value #MAX_SEARCH} characters.
 */
final class FeedbackFilters {

	static final int MAX_SEARCH = 200;

	private static final Set<String> SENTIMENTS = Set.of("NEGATIVE", "NEUTRAL", "POSITIVE");

	private static final Set<String> LANGUAGES = Set.of("zh", "en", "other");

	private FeedbackFilters() {
	}

	static FeedbackFilter of(String q, String source, String from, String to, String sentiment, Long touchpoint,
			Long topic, Integer minRating, Integer maxRating, String language, String field) {
		Violations v = new Violations();
		String search = blank(q);
		if (search != null && search.length() > MAX_SEARCH) {
			v.add("q", "validation.tooLong", MAX_SEARCH);
		}
		FeedbackSource parsedSource = null;
		if (blank(source) != null) {
			parsedSource = FeedbackSource.parse(source).orElse(null);
			if (parsedSource == null) {
				v.add("source", "feedback.sourceUnknown", source, FeedbackSource.names());
			}
		}
		LocalDate fromDate = v.date("from", from, "metrics.badDate");
		LocalDate toDate = v.date("to", to, "metrics.badDate");
		if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
			v.add("from", "metrics.fromAfterTo");
		}
		String label = blank(sentiment) == null ? null : sentiment.trim().toUpperCase(Locale.ROOT);
		if (label != null && !SENTIMENTS.contains(label)) {
			v.add("sentiment", "feedback.sentimentUnknown", sentiment);
		}
		String lang = blank(language) == null ? null : language.trim().toLowerCase(Locale.ROOT);
		if (lang != null && !LANGUAGES.contains(lang)) {
			v.add("language", "feedback.languageUnknown", language);
		}
		String fieldName = null;
		String fieldValue = null;
		if (blank(field) != null) {
			int colon = field.indexOf(':');
			if (colon < 1 || colon == field.length() - 1) {
				v.add("field", "feedback.fieldFilter", field);
			}
			else {
				fieldName = field.substring(0, colon).trim();
				fieldValue = field.substring(colon + 1).trim();
			}
		}
		v.throwIfAny();
		return new FeedbackFilter(search, parsedSource, fromDate, toDate, label, touchpoint, topic, minRating,
				maxRating, lang, fieldName, fieldValue);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
