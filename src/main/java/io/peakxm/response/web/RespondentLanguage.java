package io.peakxm.response.web;

import java.util.Locale;

import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.Languages;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of the public pages (survey, unsubscribe): {@code ?lang=} when given, else the first of the
 * browser's languages that is Chinese or English; English otherwise.
 */
final class RespondentLanguage {

	private RespondentLanguage() {
	}

	static boolean chinese(String lang, HttpServletRequest request) {
		if (lang != null) {
			try {
				return "zh-CN".equals(Languages.normalize(lang));
			}
			catch (InvalidInputException ex) {
				return false;
			}
		}
		var locales = request.getLocales();
		while (locales.hasMoreElements()) {
			String language = locales.nextElement().getLanguage();
			if ("zh".equals(language)) {
				return true;
			}
			if ("en".equals(language)) {
				return false;
			}
		}
		return false;
	}

	static Locale locale(boolean chinese) {
		return chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
	}
}
