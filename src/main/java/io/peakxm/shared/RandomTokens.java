package io.peakxm.shared;

import java.security.SecureRandom;

/**
 * Unguessable URL-safe identifiers (survey links, invitation tokens) from a cryptographic
 * source.
 */
public final class RandomTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private RandomTokens() {
	}

	/**
	 * {@code length} characters from a 56-character alphabet (22 characters ≈ 128 bits).
	 */
	public static String urlSafe(int length) {
		StringBuilder sb = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}

}
