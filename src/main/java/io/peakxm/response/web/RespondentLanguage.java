package io.peakxm.response.web;

import java.util.Locale;

import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.Languages;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of the public pages (survey, unsubscribe), resolved once as a request
 * arrives: {@code ?lang=} when given, else the first of the browser's languages that is
 * Chinese or English; English otherwise. It is the respondent's language, not the
 * application's (the language cookie of signed-in users plays no part).
 */
final class RespondentLanguage {

	private RespondentLanguage() {
	}

	/** Simplified Chinese or English. */
	static Locale of(String lang, HttpServletRequest request) {
		if (lang != null) {
			try {
				return "zh-CN".equals(Languages.normalize(lang)) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
			}
			catch (InvalidInputException ex) {
				return Locale.ENGLISH;
			}
		}
		var locales = request.getLocales();
		while (locales.hasMoreElements()) {
			String language = locales.nextElement().getLanguage();
			if ("zh".equals(language)) {
				return Locale.SIMPLIFIED_CHINESE;
			}
			if ("en".equals(language)) {
				return Locale.ENGLISH;
			}
		}
		return Locale.ENGLISH;
	}

	/** The language a response is stored with: {@code zh-CN} or {@code en}. */
	static String tag(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
	}

}
