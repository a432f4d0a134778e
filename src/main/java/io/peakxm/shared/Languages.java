package io.peakxm.shared;

import java.util.List;
import java.util.Locale;

/**
 * The languages PeakXM speaks: English and Simplified Chinese, as BCP 47 tags "en" and
 * "zh-CN".
 */
public final class Languages {

	public static final List<String> SUPPORTED = List.of("en", "zh-CN");

	private Languages() {
	}

	/**
	 * Maps "zh", "zh-cn", "zh_CN", "zh-Hans" to "zh-CN" and "en-*" to "en"; rejects
	 * anything else.
	 */
	public static String normalize(String language) {
		if (language != null) {
			String lower = language.trim().replace('_', '-').toLowerCase(Locale.ROOT);
			if (lower.equals("zh") || lower.startsWith("zh-")) {
				return "zh-CN";
			}
			if (lower.equals("en") || lower.startsWith("en-")) {
				return "en";
			}
		}
		throw InvalidInputException.of("lang", "language.unknown", String.valueOf(language));
	}

}
