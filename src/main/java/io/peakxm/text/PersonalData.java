package io.peakxm.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and masks personal data in free text: e-mail addresses, Chinese resident ID
 * numbers (18 characters with a valid check character), Chinese mobile numbers,
 * international and US phone numbers, and long card-like digit runs. Masking keeps the
 * text's length and layout and leaves a few characters to recognise, e.g. "138****5678",
 * "a***@example.com", "110***********123X", "**** **** **** 1234". Full-width digits and
 * letters are recognised.
 */
public final class PersonalData {

	private static final Pattern EMAIL = Pattern.compile(
			"(?<![\\w.+-])[\\w.+-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\\.[a-z0-9-]{1,63})*\\.[a-z]{2,24}\\b");

	private static final Pattern CN_ID = Pattern
		.compile("(?<![0-9a-z])[1-9]\\d{5}(?:19|20)\\d{2}[01]\\d[0-3]\\d{4}[0-9x](?![0-9a-z])");

	private static final Pattern CARD = Pattern.compile("(?<![0-9])\\d(?:[ -]?\\d){12,18}(?![0-9])");

	private static final Pattern CN_MOBILE = Pattern
		.compile("(?<![0-9])(?:(?:\\+|00)?86[ -]?)?(1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4})(?![0-9])");

	private static final Pattern INTERNATIONAL = Pattern
		.compile("(?<![0-9\\w])\\+\\d{1,3}[ .-]?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{2,4}(?:[ .-]?\\d{2,4}){1,4}(?![0-9])");

	private static final Pattern US = Pattern
		.compile("(?<![0-9])(?:1[ .-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?![0-9])");

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String ID_CHECK = "10x98765432";

	private PersonalData() {
	}

	/** The text with personal data masked by '*'; null stays null. */
	public static String mask(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String folded = fold(text);
		char[] out = text.toCharArray();
		boolean[] done = new boolean[out.length];
		Matcher m = EMAIL.matcher(folded);
		while (m.find()) {
			int at = folded.indexOf('@', m.start());
			for (int i = (at - m.start() > 2) ? m.start() + 1 : m.start(); i < at; i++) {
				out[i] = '*';
			}
			mark(done, m.start(), m.end());
		}
		m = CN_ID.matcher(folded);
		while (m.find()) {
			if (!free(done, m.start(), m.end()) || !validId(m.group())) {
				continue;
			}
			for (int i = m.start() + 3; i < m.end() - 4; i++) {
				out[i] = '*';
			}
			mark(done, m.start(), m.end());
		}
		maskDigits(CN_MOBILE, folded, out, done, 3, 4);
		maskDigits(CARD, folded, out, done, 0, 4);
		maskDigits(INTERNATIONAL, folded, out, done, 2, 2);
		maskDigits(US, folded, out, done, 0, 4);
		return new String(out);
	}

	/** Whether the text holds anything that {@link #mask} would mask. */
	public static boolean contains(String text) {
		return text != null && !text.isEmpty() && !mask(text).equals(text);
	}

	/**
	 * Masks the digits of each free match but the first {@code keepStart} and last
	 * {@code keepEnd} digits.
	 */
	private static void maskDigits(Pattern pattern, String folded, char[] out, boolean[] done, int keepStart,
			int keepEnd) {
		Matcher m = pattern.matcher(folded);
		while (m.find()) {
			if (!free(done, m.start(), m.end())) {
				continue;
			}
			int start = (m.groupCount() > 0) ? m.start(1) : m.start();
			int digits = 0;
			for (int i = start; i < m.end(); i++) {
				if (Character.isDigit(folded.charAt(i))) {
					digits++;
				}
			}
			int seen = 0;
			for (int i = start; i < m.end(); i++) {
				if (Character.isDigit(folded.charAt(i))) {
					if (seen >= keepStart && seen < digits - keepEnd) {
						out[i] = '*';
					}
					seen++;
				}
			}
			mark(done, m.start(), m.end());
		}
	}

	static boolean validId(String id) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return ID_CHECK.charAt(sum % 11) == Character.toLowerCase(id.charAt(17));
	}

	private static String fold(String text) {
		char[] chars = new char[text.length()];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = TextView.fold(text.charAt(i));
		}
		return new String(chars);
	}

	private static boolean free(boolean[] done, int start, int end) {
		for (int i = start; i < end; i++) {
			if (done[i]) {
				return false;
			}
		}
		return true;
	}

	private static void mark(boolean[] done, int start, int end) {
		for (int i = start; i < end; i++) {
			done[i] = true;
		}
	}

}
