package io.peakxm.workspace.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.peakxm.workspace.MembershipView;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Form sign-in tells nobody whether an account exists or is disabled, and throttles
 * guessing per e-mail and client address and per address without letting anyone lock
 * another person out.
 */
class PasswordSignInTests {

	private static final String PASSWORD = "Right-Passw0rd-123";

	private static final String WRONG = "Wrong-Passw0rd-123";

	private final CountingEncoder encoder = new CountingEncoder();

	private final FakeAccounts accounts = new FakeAccounts();

	private final InMemorySignInFailures failures = new InMemorySignInFailures();

	private final MovableClock clock = new MovableClock();

	private final PasswordSignIn signIn = new PasswordSignIn(accounts, encoder,
			new SignInThrottle(failures, 5, 12, Duration.ofMinutes(15)), clock);

	@Test
	void hashesThePasswordOnceInEveryKindOfFailure() {
		accounts.add(1, "active@example.test", true);
		accounts.add(2, "disabled@example.test", false);
		failsTheSameWay("nobody@example.test", PASSWORD, "10.0.0.1");
		failsTheSameWay("active@example.test", WRONG, "10.0.0.1");
		failsTheSameWay("disabled@example.test", WRONG, "10.0.0.1");
		for (int i = 0; i < 5; i++) {
			failsTheSameWay("active@example.test", WRONG, "10.0.0.2");
		}
		failsTheSameWay("active@example.test", PASSWORD, "10.0.0.2");
		// An unknown e-mail is checked against a hash of the same kind and cost as real
		// ones.
		assertThat(encoder.checked.get(0)).startsWith("$2a$04$").isNotEqualTo(accounts.hash);
	}

	@Test
	void tellsOnlyTheRightPasswordThatAnAccountIsDisabled() {
		accounts.add(2, "disabled@example.test", false);
		failsTheSameWay("disabled@example.test", WRONG, "10.0.0.1");
		assertThatThrownBy(() -> signIn.authenticate(attempt("disabled@example.test", PASSWORD, "10.0.0.1")))
			.isInstanceOf(DisabledException.class);
	}

	@Test
	void throttlesAnEmailOnlyFromTheAddressThatFailedAndUnknownEmailsAlike() {
		accounts.add(1, "known@example.test", true);
		List<Integer> known = new ArrayList<>();
		List<Integer> unknown = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			known.add(failsTheSameWay("known@example.test", WRONG, "10.0.0.1").counted().failures());
			unknown.add(failsTheSameWay("unknown@example.test", WRONG, "10.0.0.1").counted().failures());
		}
		assertThat(known).isEqualTo(unknown).containsExactly(1, 2, 3, 4, 5);

		PasswordSignIn.FailedSignIn refused = failsTheSameWay("known@example.test", PASSWORD, "10.0.0.1");
		assertThat(refused.counted()).as("a refused attempt is not counted").isNull();
		assertThat(failsTheSameWay("unknown@example.test", PASSWORD, "10.0.0.1").counted()).isNull();
		assertThat(signIn.authenticate(attempt("known@example.test", PASSWORD, "10.0.0.2")).getPrincipal())
			.isEqualTo(new SignInAccount(1, "known@example.test"));
		assertThat(failures.stored().keySet()).noneMatch(key -> key.contains("@"));
	}

	@Test
	void reportsTheFailureThatStartsThrottlingForTheAuditLog() {
		for (int i = 1; i < 5; i++) {
			assertThat(failsTheSameWay("someone@example.test", WRONG, "10.0.0.1").counted().throttlesEmail()).isFalse();
		}
		SignInThrottle.Failure fifth = failsTheSameWay("someone@example.test", WRONG, "10.0.0.1").counted();
		assertThat(fifth.throttlesEmail()).isTrue();
		assertThat(fifth.throttledUntil()).isEqualTo(MovableClock.START.plus(Duration.ofMinutes(15)));
	}

	@Test
	void throttlesAnAddressAfterManyFailuresForAnyEmails() {
		accounts.add(1, "known@example.test", true);
		for (int i = 0; i < 12; i++) {
			failsTheSameWay("sprayed-" + i + "@example.test", WRONG, "10.0.0.1");
		}
		assertThat(failsTheSameWay("known@example.test", PASSWORD, "10.0.0.1").counted()).isNull();
		signIn.authenticate(attempt("known@example.test", PASSWORD, "10.0.0.2"));
	}

	@Test
	void refusesUntilTheThrottleDurationHasPassedSinceTheFirstFailure() {
		accounts.add(1, "known@example.test", true);
		for (int i = 0; i < 5; i++) {
			failsTheSameWay("known@example.test", WRONG, "10.0.0.1");
			clock.advance(Duration.ofMinutes(1));
		}
		clock.advance(Duration.ofMinutes(9));
		failsTheSameWay("known@example.test", PASSWORD, "10.0.0.1");
		clock.advance(Duration.ofMinutes(1));
		signIn.authenticate(attempt("known@example.test", PASSWORD, "10.0.0.1"));
	}

	@Test
	void successForgetsTheFailuresOfThatEmailFromThatAddress() {
		accounts.add(1, "known@example.test", true);
		for (int i = 0; i < 4; i++) {
			failsTheSameWay("known@example.test", WRONG, "10.0.0.1");
		}
		signIn.authenticate(attempt("known@example.test", PASSWORD, "10.0.0.1"));
		for (int i = 0; i < 4; i++) {
			failsTheSameWay("known@example.test", WRONG, "10.0.0.1");
		}
		signIn.authenticate(attempt("known@example.test", PASSWORD, "10.0.0.1"));
	}

	/** Fails with the one generic failure after exactly one password hash. */
	private PasswordSignIn.FailedSignIn failsTheSameWay(String email, String password, String address) {
		int hashesBefore = encoder.checked.size();
		try {
			signIn.authenticate(attempt(email, password, address));
		}
		catch (PasswordSignIn.FailedSignIn failed) {
			assertThat(encoder.checked).hasSize(hashesBefore + 1);
			assertThat(failed.getMessage()).isEqualTo("Sign-in failed");
			return failed;
		}
		throw new AssertionError("sign-in of " + email + " from " + address + " did not fail");
	}

	private static Authentication attempt(String email, String password, String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email,
				password);
		token.setDetails(new WebAuthenticationDetails(request));
		return token;
	}

	/** A real (fast) bcrypt that remembers which hashes it checked passwords against. */
	static final class CountingEncoder implements PasswordEncoder {

		private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

		final List<String> checked = new ArrayList<>();

		@Override
		public String encode(CharSequence raw) {
			return bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String hash) {
			checked.add(hash);
			return bcrypt.matches(raw, hash);
		}

	}

	/**
	 * Accounts in memory; all share one password, and an inactive one has no active
	 * membership.
	 */
	final class FakeAccounts extends UserAccounts {

		final String hash = encoder.encode(PASSWORD);

		private final Map<String, UserAccount> byEmail = new HashMap<>();

		private final Map<Long, Boolean> active = new HashMap<>();

		FakeAccounts() {
			super(null);
		}

		void add(long id, String email, boolean isActive) {
			byEmail.put(email, new UserAccount(id, email, email, hash, null, null));
			active.put(id, isActive);
		}

		@Override
		public Optional<UserAccount> findByEmail(String email) {
			return Optional.ofNullable(byEmail.get(email));
		}

		@Override
		public List<MembershipView> activeMemberships(long userId) {
			return active.getOrDefault(userId, false) ? List.of(new MembershipView(1, "W", "O", Role.VIEWER))
					: List.of();
		}

	}

	/** A clock the test moves forward. */
	static final class MovableClock extends Clock {

		static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

		private Instant now = START;

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
