package io.peakxm.workspace.internal;

import java.time.Duration;
import java.time.Instant;

import io.peakxm.shared.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock another person out. Failed
 * sign-ins are counted per (e-mail, client address) and per client address; once either
 * count reaches its limit within the throttle duration, further attempts for that e-mail
 * from that address (or from that address at all) are refused until the window ends.
 * Other addresses still sign in to the same account. An e-mail without an account is
 * counted exactly like one with an account, so throttling tells nothing about who has
 * one. E-mails are kept only as hashes.
 */
@Component
class SignInThrottle {

	/** The key under which all e-mails tried from an address are counted together. */
	static final String ANY_EMAIL = "*";

	/**
	 * What a counted failure started: the throttling of this e-mail and address, or of
	 * the whole address.
	 */
	record Failure(int failures, boolean throttlesEmail, boolean throttlesAddress, Instant throttledUntil) {
	}

	private final SignInFailures failures;

	private final int maxPerEmailAndAddress;

	private final int maxPerAddress;

	private final Duration duration;

	@Autowired
	SignInThrottle(SignInFailures failures, AccessProperties properties) {
		this(failures, properties.security().maxFailedSignIns(), properties.security().maxFailedSignInsPerAddress(),
				properties.security().throttleDuration());
	}

	SignInThrottle(SignInFailures failures, int maxPerEmailAndAddress, int maxPerAddress, Duration duration) {
		this.failures = failures;
		this.maxPerEmailAndAddress = maxPerEmailAndAddress;
		this.maxPerAddress = maxPerAddress;
		this.duration = duration;
	}

	/**
	 * Whether an attempt for {@code email} from {@code address} is refused without
	 * looking at the password.
	 */
	boolean refuses(String email, String address, Instant now) {
		Instant since = now.minus(duration);
		return failures.find(key(email), address, since).failures() >= maxPerEmailAndAddress
				|| failures.find(ANY_EMAIL, address, since).failures() >= maxPerAddress;
	}

	Failure recordFailure(String email, String address, Instant now) {
		Instant since = now.minus(duration);
		SignInFailures.Window forEmail = failures.add(key(email), address, now, since);
		SignInFailures.Window forAddress = failures.add(ANY_EMAIL, address, now, since);
		boolean throttlesEmail = forEmail.failures() == maxPerEmailAndAddress;
		boolean throttlesAddress = forAddress.failures() == maxPerAddress;
		Instant until = (throttlesAddress ? forAddress : forEmail).start().plus(duration);
		return new Failure(forEmail.failures(), throttlesEmail, throttlesAddress, until);
	}

	/**
	 * A successful sign-in forgets the failures of that e-mail from that address (not
	 * those of the address).
	 */
	void recordSuccess(String email, String address) {
		failures.clear(key(email), address);
	}

	private static String key(String email) {
		return Texts.sha256Hex(email == null ? "" : email);
	}

}
