package io.peakxm.workspace.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in and first start: {@code peakxm.admin.*}, {@code peakxm.demo.*},
 * {@code peakxm.security.*}. Documented in {@code application.properties}.
 */
@ConfigurationProperties("peakxm")
record AccessProperties(@DefaultValue Admin admin, @DefaultValue Demo demo, @DefaultValue Security security) {

	/**
	 * The first administrator, created when the database has no user;
	 * {@code resetPassword}, when set, becomes their password at the next start
	 * ({@link AdministratorPasswordReset}).
	 */
	record Admin(String email, String password, String resetPassword) {
		String emailOrDefault() {
			return email == null || email.isBlank() ? "admin@peakxm.local" : email.trim();
		}
	}

	/**
	 * The demo workspace; {@code enabled} unset means "on with the embedded database".
	 */
	record Demo(Boolean enabled, String password) {
	}

	/**
	 * Sign-in throttling ({@link SignInThrottle}): failed sign-ins per e-mail and client
	 * address, and per client address, within {@code throttleDuration}; and, per node,
	 * sign-in attempts per minute from one address.
	 */
	record Security(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("100") int maxFailedSignInsPerAddress,
			@DefaultValue("15m") Duration throttleDuration, @DefaultValue("30") int signInAttemptsPerMinute) {
	}
}
