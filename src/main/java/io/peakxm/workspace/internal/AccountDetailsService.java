package io.peakxm.workspace.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a user for form sign-in; a user without any active membership is disabled. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	private final Clock clock;

	AccountDetailsService(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		UserAccount account = accounts.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
		boolean active = !accounts.activeMemberships(account.id()).isEmpty();
		return new SignInAccount(account.id(), account.email(), account.passwordHash(), active,
				account.lockedAt(clock.instant()));
	}
}
