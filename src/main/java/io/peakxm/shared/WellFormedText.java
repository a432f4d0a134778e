package io.peakxm.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for text that enters PeakXM, applied wherever it arrives (form and query
 * parameters, JSON bodies, imported files): text is well-formed when it has
 * <ul>
 * <li>no NUL (U+0000): PostgreSQL refuses it in {@code text} columns, so it would fail
 * the request with a 500;</li>
 * <li>no unpaired UTF-16 surrogate (a JSON {@code "\ud800"}): UTF-8 cannot encode it, and
 * the database driver would store a {@code ?} in its place — a silent change of what was
 * sent;</li>
 * <li>no other C0 control character except tab, line feed and carriage return: no
 * keyboard types them; XML 1.0 cannot carry them, so the XLSX export would turn them into
 * {@code ?}; and in a CSV export read in a terminal, ESC (U+001B) starts an escape
 * sequence. Refusing them keeps every export a faithful copy of what was stored.</li>
 * </ul>
 * Everything else, including all of Unicode beyond the basic plane written as surrogate
 * pairs, is well-formed.
 */
public final class WellFormedText {

	/**
	 * Message code of the violation; arguments: the field, the character (U+XXXX), its
	 * position (from 1).
	 */
	public static final String CODE = "validation.text.malformed";

	private WellFormedText() {
	}

	/**
	 * Whether the text passes the rule; {@code null} does (absence is for other rules to
	 * judge).
	 */
	public static boolean isWellFormed(String text) {
		return firstFlaw(text) < 0;
	}

	/**
	 * The violation for {@code field} when {@code text} breaks the rule, naming the
	 * field, the first offending character and its position; empty when the text is
	 * well-formed or null.
	 */
	public static Optional<FieldViolation> problem(String field, String text) {
		int at = firstFlaw(text);
		if (at < 0) {
			return Optional.empty();
		}
		return Optional.of(FieldViolation.of(field, CODE, field, codePoint(text.charAt(at)), at + 1));
	}

	/** Index of the first character that breaks the rule, or -1. */
	static int firstFlaw(String text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20) {
				if (c != '\t' && c != '\n' && c != '\r') {
					return i;
				}
			}
			else if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				}
				else {
					return i;
				}
			}
			else if (Character.isLowSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	private static String codePoint(char c) {
		return "U+" + String.format(Locale.ROOT, "%04X", (int) c);
	}

}
