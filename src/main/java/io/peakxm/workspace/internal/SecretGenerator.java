package io.peakxm.workspace.internal;

import java.security.SecureRandom;

/** Random passwords and token secrets from a cryptographic source. */
public final class SecretGenerator {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";

	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String DIGITS = "23456789";

	private static final String URL_SAFE = LOWER + UPPER + DIGITS;

	private SecretGenerator() {
	}

	/**
	 * A 20-character password that passes {@link PasswordPolicy} (lower, upper, digits, a
	 * dash).
	 */
	public static String password() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 18; i++) {
			sb.append(URL_SAFE.charAt(RANDOM.nextInt(URL_SAFE.length())));
		}
		sb.insert(RANDOM.nextInt(sb.length()), LOWER.charAt(RANDOM.nextInt(LOWER.length())));
		sb.insert(RANDOM.nextInt(sb.length()), UPPER.charAt(RANDOM.nextInt(UPPER.length())));
		sb.insert(RANDOM.nextInt(sb.length()), DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
		sb.insert(6, '-');
		return sb.toString();
	}

	/** {@code length} URL-safe random characters. */
	public static String token(int length) {
		return io.peakxm.shared.RandomTokens.urlSafe(length);
	}

}
