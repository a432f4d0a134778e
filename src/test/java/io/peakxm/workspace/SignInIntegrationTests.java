package io.peakxm.workspace;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

	@Test
	void locksAccountAfterFiveFailuresAndAuditsThem() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String email = TestUsers.uniqueEmail("locked");
		String password = "Right-Passw0rd-123";
		mvc.perform(post("/api/v1/users").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + email + "\",\"displayName\":\"L\",\"role\":\"VIEWER\",\"password\":\"" + password + "\"}"))
			.andExpect(status().isCreated());
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", email).param("password", "wrong-" + i).with(csrf()))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		mvc.perform(post("/login").param("username", email).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/login?error=locked"));
		mvc.perform(get("/api/v1/audit").param("actor", email).param("size", "50").session(admin))
			.andExpect(jsonPath("$.items[*].action", hasItem(AuditActions.SIGN_IN_FAILED)))
			.andExpect(jsonPath("$.items[*].action", hasItem(AuditActions.ACCOUNT_LOCKED)));

		jdbc.sql("update app_user set locked_until = null where email = :e").param("e", email).update();
		TestUsers.signIn(mvc, email, password);
	}

	@Test
	void loginPageShowsTheReasonOfAFailure() throws Exception {
		mvc.perform(get("/login").param("error", "locked"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("locked after too many failed sign-ins")));
	}

	@Test
	void successfulSignInIsAuditedAndResetsFailures() throws Exception {
		mvc.perform(post("/login").param("username", TestUsers.DEMO_USERS.get(Role.VIEWER)).param("password", "nope").with(csrf()));
		TestUsers.signInDemo(mvc, Role.VIEWER);
		assertThat(jdbc.sql("select failed_attempts from app_user where email = 'viewer@skyway.example'").query(Integer.class).single())
			.isZero();
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		mvc.perform(get("/api/v1/audit").param("action", AuditActions.SIGN_IN).param("actor", "viewer@").session(admin))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)));
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
		long other = jdbc.sql("select id from workspace where demo = false order by id").query(Long.class).list().get(0);
		mvc.perform(post("/workspaces/switch").param("workspaceId", String.valueOf(other)).session(session).with(csrf()))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.currentWorkspaceId").value(other));
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(post("/workspaces/switch").param("workspaceId", String.valueOf(other)).session(viewer).with(csrf()))
			.andExpect(status().isNotFound());
	}
}
