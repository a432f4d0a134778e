package io.peakxm.feedback.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Turns an author's handle at a source into a pseudonym: the same handle in the same
 * workspace always gives the same pseudonym (so repeat authors can be counted), but the
 * handle cannot be read back, and without the installation's secret it cannot be
 * confirmed by trying handles either (a keyed hash, HMAC-SHA-256).
 */
@Component
class Pseudonyms {

	private final SecretKeySpec key;

	Pseudonyms(FeedbackProperties properties) {
		this.key = new SecretKeySpec(properties.pseudonymSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	String of(long workspaceId, String handle) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] digest = mac
				.doFinal((workspaceId + "\u0000" + handle.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
			return "author-" + HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}

}
