package io.peakxm.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Small text helpers every module needs the same way: search patterns and secret hashes.
 */
public final class Texts {

	private Texts() {
	}

	/**
	 * A case-insensitive "contains" pattern for {@code lower(column) like :p escape '\'},
	 * with the user's {@code %}, {@code _} and {@code \} taken literally; null for a
	 * blank search.
	 */
	public static String containsPattern(String search) {
		if (search == null || search.isBlank()) {
			return null;
		}
		String lower = search.trim().toLowerCase(Locale.ROOT);
		return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/**
	 * The SHA-256 hash of a secret (API token, kiosk key) as 64 hex digits: what is
	 * stored instead of it.
	 */
	public static String sha256Hex(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
