package io.peakxm.web;

import java.time.Duration;
import java.util.Enumeration;
import java.util.Locale;

import io.peakxm.workspace.Actor;
import io.peakxm.workspace.CurrentActor;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Picks the UI language: the signed-in user's saved choice, else the language cookie,
 * else the best match of the browser's Accept-Language, else English. Only en and zh-CN
 * are offered.
 */
class LanguageResolver implements LocaleResolver {

	static final String COOKIE = "peakxm-lang";

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String saved = CurrentActor.find().map(Actor::locale).orElse(null);
		if (saved != null) {
			return toLocale(saved);
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName())) {
					return toLocale(cookie.getValue());
				}
			}
		}
		Enumeration<Locale> wanted = request.getLocales();
		while (wanted.hasMoreElements()) {
			Locale locale = wanted.nextElement();
			if ("zh".equals(locale.getLanguage())) {
				return CHINESE;
			}
			if ("en".equals(locale.getLanguage())) {
				return Locale.ENGLISH;
			}
		}
		return Locale.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Cookie cookie = new Cookie(COOKIE, CHINESE.equals(locale) ? "zh-CN" : "en");
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		// Secure when the request came over TLS (also at a trusted proxy), like the
		// session cookie.
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	static Locale toLocale(String tag) {
		return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : Locale.ENGLISH;
	}

}
