package io.peakxm.workspace.internal;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.AuditActions;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An administrator who lost their password gets in again with
 * {@code PEAKXM_ADMIN_RESET_PASSWORD}: the password is set at start, audited, and refused
 * when weak or when the account administers nothing.
 */
@PeakXmIntegrationTest
class AdministratorPasswordResetIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AdministratorPasswordReset reset;

	@Test
	void lostAdministratorPasswordIsReplacedAtStartAndAudited() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String email = TestUsers.uniqueEmail("lost-admin");
		TestUsers.addMember(mvc, admin, email, Role.ADMIN, "Forgotten-Passw0rd-1");

		assertThat(reset.reset(email, "Brand-New-Passw0rd-2")).isTrue();

		assertThat(TestUsers.signIn(mvc, email, "Brand-New-Passw0rd-2")).isNotNull();
		assertThatThrownBy(() -> TestUsers.signIn(mvc, email, "Forgotten-Passw0rd-1"))
			.hasMessageContaining("sign-in of " + email + " failed");
		assertThat(jdbc.sql("select count(*) from audit_event where action = :a and target = :e")
			.param("a", AuditActions.PASSWORD_RESET)
			.param("e", email)
			.query(Long.class)
			.single()).isEqualTo(1);
		// Left set, the variable changes nothing at the next start and writes no second
		// entry.
		assertThat(reset.reset(email, "Brand-New-Passw0rd-2")).isFalse();
	}

	@Test
	void refusesAWeakPasswordAndAccountsThatAdministerNothing() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String analyst = TestUsers.uniqueEmail("not-admin");
		TestUsers.addMember(mvc, admin, analyst, Role.ANALYST, "Analyst-Passw0rd-1");

		assertThatThrownBy(() -> reset.reset(TestUsers.DEMO_USERS.get(Role.ADMIN), "short"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("password policy");
		assertThatThrownBy(() -> reset.reset(analyst, "Brand-New-Passw0rd-2"))
			.hasMessageContaining("administers no workspace");
		assertThatThrownBy(() -> reset.reset("nobody@example.com", "Brand-New-Passw0rd-2"))
			.hasMessageContaining("no account");
		assertThat(TestUsers.signIn(mvc, analyst, "Analyst-Passw0rd-1")).isNotNull();
	}

}
