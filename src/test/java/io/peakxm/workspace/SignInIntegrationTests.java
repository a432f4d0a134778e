package io.peakxm.workspace;

import java.util.List;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PeakXmIntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static final String PASSWORD = "Right-Passw0rd-123";

	@Test
	void everyFailedSignInLooksTheSameAndOnlyTheRightPasswordLearnsOfADisabledAccount() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String active = TestUsers.uniqueEmail("active");
		TestUsers.addMember(mvc, admin, active, Role.VIEWER, PASSWORD);
		String disabled = TestUsers.uniqueEmail("disabled");
		long disabledId = TestUsers.addMember(mvc, admin, disabled, Role.VIEWER, PASSWORD);
		mvc.perform(patch("/api/v1/users/" + disabledId).session(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"disabled\":true}")).andExpect(status().isOk());

		String wrongPassword = signInFrom("10.10.0.1", active, "Wrong-Passw0rd-123");
		String unknownEmail = signInFrom("10.10.0.1", TestUsers.uniqueEmail("nobody"), PASSWORD);
		String disabledWrongPassword = signInFrom("10.10.0.1", disabled, "Wrong-Passw0rd-123");
		assertThat(List.of(unknownEmail, disabledWrongPassword)).containsOnly(wrongPassword);
		assertThat(signInFrom("10.10.0.1", disabled, PASSWORD)).isEqualTo("/login?error=disabled");

		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Sign-in failed. Check your e-mail and password")));
	}

	@Test
	void throttlesAnEmailOnlyFromTheAddressThatFailedAndAuditsIt() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String email = TestUsers.uniqueEmail("throttled");
		TestUsers.addMember(mvc, admin, email, Role.VIEWER, PASSWORD);
		String unknown = TestUsers.uniqueEmail("unknown");
		String failed = signInFrom("10.20.0.9", email, "Wrong-Passw0rd");
		for (int i = 0; i < 5; i++) {
			assertThat(signInFrom("10.20.0.1", email, "Wrong-Passw0rd-" + i)).isEqualTo(failed);
			assertThat(signInFrom("10.20.0.1", unknown, "Wrong-Passw0rd-" + i)).isEqualTo(failed);
		}
		// The sixth attempt from that address is refused even with the right password,
		// the same way for an
		// unknown e-mail; another address signs in as usual, so nobody can lock someone
		// else out.
		assertThat(signInFrom("10.20.0.1", email, PASSWORD)).isEqualTo(failed);
		assertThat(signInFrom("10.20.0.1", unknown, PASSWORD)).isEqualTo(failed);
		assertThat(signInFrom("10.20.0.2", email, PASSWORD)).isEqualTo("/");
		mvc.perform(get("/api/v1/audit").param("actor", email).param("size", "50").session(admin))
			.andExpect(jsonPath("$.items[*].action", hasItem(AuditActions.SIGN_IN_FAILED)))
			.andExpect(jsonPath("$.items[*].action", hasItem(AuditActions.SIGN_IN_THROTTLED)))
			.andExpect(jsonPath("$.items[?(@.action == 'sign-in.throttled')].clientIp", hasItem("10.20.0.1")));
	}

	@Test
	void successfulSignInIsAuditedAndForgetsTheFailuresOfThatAddress() throws Exception {
		String email = TestUsers.DEMO_USERS.get(Role.VIEWER);
		assertThat(signInFrom("10.30.0.1", email, "nope")).startsWith("/login?error");
		assertThat(jdbc.sql("select count(*) from sign_in_failure where client_address = '10.30.0.1'")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(signInFrom("10.30.0.1", email, TestUsers.DEMO_PASSWORD)).isEqualTo("/");
		assertThat(jdbc.sql("select email_hash from sign_in_failure where client_address = '10.30.0.1'")
			.query(String.class)
			.list()).containsExactly("*");
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		mvc.perform(get("/api/v1/audit").param("action", AuditActions.SIGN_IN).param("actor", "viewer@").session(admin))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)));
	}

	private String signInFrom(String address, String email, String password) throws Exception {
		return mvc
			.perform(post("/login").param("username", email).param("password", password).with(csrf()).with(request -> {
				request.setRemoteAddr(address);
				return request;
			}))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void signOutEndsTheSession() throws Exception {
		MockHttpSession session = TestUsers.signInDemo(mvc, Role.ANALYST);
		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void userSwitchesBetweenTheirWorkspaces() throws Exception {
		MockHttpSession session = TestUsers.signIn(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		String me = mvc.perform(get("/api/v1/me").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(me).contains("SkyWay Air").contains("My workspace");
		long other = jdbc.sql("select id from workspace where demo = false order by id")
			.query(Long.class)
			.list()
			.get(0);
		mvc.perform(
				post("/workspaces/switch").param("workspaceId", String.valueOf(other)).session(session).with(csrf()))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.currentWorkspaceId").value(other));
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(post("/workspaces/switch").param("workspaceId", String.valueOf(other)).session(viewer).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
