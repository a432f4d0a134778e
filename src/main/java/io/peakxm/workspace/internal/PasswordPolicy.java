package io.peakxm.workspace.internal;

import java.util.Locale;
import java.util.Set;

import io.peakxm.shared.Violations;

/**
 * Decides whether a password is strong enough: at least 12 characters, three of four
 * character classes, not a well-known password and not made of the user's e-mail name.
 * Pure: no Spring, no database.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password1234", "passw0rd1234", "123456789012", "qwertyuiop12",
			"administrator", "welcome12345", "letmein12345", "iloveyou1234", "changeme1234", "password123!",
			"p@ssw0rd1234", "qwerty123456", "abc123456789", "1q2w3e4r5t6y", "peakxm123456");

	private PasswordPolicy() {
	}

	/**
	 * Adds a violation to {@code violations} under {@code field} when the password is too
	 * weak.
	 */
	public static void check(String field, String password, String email, Violations violations) {
		if (password == null || password.isEmpty()) {
			violations.add(field, "validation.required");
			return;
		}
		if (password.length() > MAX_LENGTH) {
			violations.add(field, "validation.tooLong", MAX_LENGTH);
			return;
		}
		if (password.length() < MIN_LENGTH) {
			violations.add(field, "password.tooShort", MIN_LENGTH);
			return;
		}
		if (characterClasses(password) < 3) {
			violations.add(field, "password.tooSimple");
			return;
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower)) {
			violations.add(field, "password.common");
			return;
		}
		if (email != null && email.contains("@")) {
			String name = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
			if (name.length() >= 4 && lower.contains(name)) {
				violations.add(field, "password.containsEmail");
			}
		}
	}

	static int characterClasses(String password) {
		boolean lower = false;
		boolean upper = false;
		boolean digit = false;
		boolean other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

}
