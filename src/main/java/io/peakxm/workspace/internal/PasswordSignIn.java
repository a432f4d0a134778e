package io.peakxm.workspace.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks an e-mail and password from the sign-in form. Every failure — unknown e-mail,
 * wrong password, disabled account, throttled — is the same {@link FailedSignIn} and
 * costs the same: the password is hashed once in every case (against a dummy hash of the
 * same kind for unknown e-mails), before anything is decided. Only the right password of
 * a disabled account learns that it is disabled. Failures are counted by
 * {@link SignInThrottle}.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

	/**
	 * A failed sign-in, the same for every reason; says whether it started throttling
	 * (for the audit log).
	 */
	static final class FailedSignIn extends BadCredentialsException {

		private final transient SignInThrottle.Failure counted;

		FailedSignIn(SignInThrottle.Failure counted) {
			super("Sign-in failed");
			this.counted = counted;
		}

		/**
		 * The failure as counted; {@code null} for an attempt refused by the throttle,
		 * which is not counted.
		 */
		SignInThrottle.Failure counted() {
			return counted;
		}

	}

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	private final Clock clock;

	private final String unknownAccountHash;

	PasswordSignIn(UserAccounts accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.clock = clock;
		this.unknownAccountHash = passwordEncoder.encode(SecretGenerator.password());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = UserAccounts.normalizeEmail(authentication.getName());
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "";
		Instant now = clock.instant();
		boolean refused = throttle.refuses(email, address, now);
		Optional<UserAccount> account = accounts.findByEmail(email);
		boolean matches = passwordEncoder.matches(password,
				account.map(UserAccount::passwordHash).orElse(unknownAccountHash));
		if (refused) {
			throw new FailedSignIn(null);
		}
		if (account.isEmpty() || !matches) {
			throw new FailedSignIn(throttle.recordFailure(email, address, now));
		}
		if (accounts.activeMemberships(account.get().id()).isEmpty()) {
			throw new DisabledException("No active membership");
		}
		throttle.recordSuccess(email, address);
		return UsernamePasswordAuthenticationToken.authenticated(new SignInAccount(account.get().id(), email), null,
				List.of());
	}

}
