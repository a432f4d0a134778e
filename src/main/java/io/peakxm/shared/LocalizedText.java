package io.peakxm.shared;

import java.util.Locale;

/**
 * A name that data carries in English and in Chinese (a survey's title, a question, a
 * stage, a touchpoint), handed on whole by the domain and resolved to the reader's
 * language only where a page or a file is written: {@link #in(Locale)} with the request's
 * locale (in a template {@code ${name.in(#locale)}}). A language left blank falls back to
 * the other one, so a name typed in one language shows in both. In JSON it is both texts,
 * {@code {"en": …, "zh": …}}, so that API clients choose.
 *
 * @param en the English text, may be blank
 * @param zh the Chinese text, may be blank
 */
public record LocalizedText(String en, String zh) {

	/**
	 * A text that has no translation (a hidden field's key, a value a customer typed):
	 * the same in both.
	 */
	public static LocalizedText untranslated(String text) {
		return new LocalizedText(text, text);
	}

	/**
	 * The text in a locale's language: Chinese for any {@code zh} locale, English
	 * otherwise; the other language when that one is blank, an empty text when both are.
	 */
	public String in(Locale locale) {
		boolean chinese = locale != null && "zh".equals(locale.getLanguage());
		String preferred = chinese ? zh : en;
		String other = chinese ? en : zh;
		return !blank(preferred) ? preferred : !blank(other) ? other : "";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
