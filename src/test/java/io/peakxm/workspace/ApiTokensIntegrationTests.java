package io.peakxm.workspace;

import java.sql.Timestamp;
import java.time.Instant;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PeakXmIntegrationTest
class ApiTokensIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = TestUsers.signInDemo(mvc, Role.ADMIN);
	}

	@Test
	void tokenIsShownOnceStoredHashedAndAuthenticatesApiCalls() throws Exception {
		String secret = issue("reporting", "[\"read\"]");
		assertThat(secret).startsWith("pxm_");
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :s")
			.param("s", secret)
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/api/v1/tokens").session(admin))
			.andExpect(jsonPath("$[*].name", hasItem("reporting")))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(secret));

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.authenticatedBy").value("token"))
			.andExpect(jsonPath("$.scopes[0]").value("READ"))
			// Token calls are stateless: no session is created for them, and no session
			// cookie is sent.
			.andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull())
			.andExpect(result -> assertThat(result.getResponse().getHeader("Set-Cookie")).isNull())
			.andExpect(header().exists("Content-Security-Policy"));
		mvc.perform(get("/api/v1/audit").param("action", AuditActions.TOKEN_CREATED).session(admin))
			.andExpect(jsonPath("$.items[*].target", hasItem("reporting")));
	}

	@Test
	void readScopeCannotManageUsersButAdminScopeCan() throws Exception {
		String read = issue("read-only", "[\"READ\"]");
		mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + read))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("problem.permission"));
		String adminToken = issue("automation", "[\"admin\"]");
		mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + adminToken)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + adminToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"email\":\"" + TestUsers.uniqueEmail("bot") + "\",\"displayName\":\"Bot\",\"role\":\"VIEWER\"}"))
			.andExpect(status().isCreated());
	}

	@Test
	void revokedTokenIsRefusedWithReason() throws Exception {
		String secret = issue("to-revoke", "[\"read\"]");
		long id = jdbc.sql("select id from api_token where name = 'to-revoke' order by id desc")
			.query(Long.class)
			.list()
			.get(0);
		mvc.perform(delete("/api/v1/tokens/" + id).session(admin).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("token.revoked"))
			.andExpect(jsonPath("$.detail").value("The API token has been revoked."));
		mvc.perform(delete("/api/v1/tokens/" + id).session(admin).with(csrf())).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/audit").param("action", AuditActions.TOKEN_REVOKED).session(admin))
			.andExpect(jsonPath("$.items[*].target", hasItem("to-revoke")));
	}

	@Test
	void expiredAndUnknownTokensAreRefusedWithReason() throws Exception {
		String secret = issue("short-lived", "[\"read\"]");
		jdbc.sql("update api_token set expires_at = :past where name = 'short-lived'")
			.param("past", Timestamp.from(Instant.now().minusSeconds(5)))
			.update();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("token.expired"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer pxm_doesnotexist"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("token.unknown"));
	}

	@Test
	void rejectsTokenWithoutScopesOrWithUnknownScope() throws Exception {
		mvc.perform(post("/api/v1/tokens").session(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"scopes\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("token.scopes.required"));
		mvc.perform(post("/api/v1/tokens").session(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"scopes\":[\"root\"],\"expiresInDays\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("token.scope.unknown")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("expiresInDays")));
	}

	@Test
	void tokenRequestsNeedNoCsrfButSessionRequestsDo() throws Exception {
		mvc.perform(post("/api/v1/tokens").session(admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"scopes\":[\"read\"]}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("problem.csrf"));
	}

	@Test
	void tokenActsWithAtMostItsOwnersCurrentRole() throws Exception {
		String email = TestUsers.uniqueEmail("token-owner");
		long ownerId = TestUsers.addMember(mvc, admin, email, Role.ADMIN, OWNER_PASSWORD);
		String token = issue(TestUsers.signIn(mvc, email, OWNER_PASSWORD), "owner-automation", "[\"admin\"]");
		mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		changeMember(ownerId, "{\"role\":\"VIEWER\"}");

		mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("problem.permission"));
		mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + TestUsers.uniqueEmail("escalated")
					+ "\",\"displayName\":\"E\",\"role\":\"ADMIN\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"escalated\",\"scopes\":[\"admin\"]}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.permissions",
					containsInAnyOrder(Role.VIEWER.permissions().stream().map(Permission::name).toArray())));
	}

	@Test
	void refusesTokenOfDisabledOwner() throws Exception {
		String email = TestUsers.uniqueEmail("disabled-owner");
		long ownerId = TestUsers.addMember(mvc, admin, email, Role.ADMIN, OWNER_PASSWORD);
		String token = issue(TestUsers.signIn(mvc, email, OWNER_PASSWORD), "owner-to-disable", "[\"admin\"]");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		changeMember(ownerId, "{\"role\":\"VIEWER\",\"disabled\":true}");

		mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("token.ownerDisabled"));
		mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"escalated\",\"scopes\":[\"admin\"]}")).andExpect(status().isUnauthorized());

		changeMember(ownerId, "{\"disabled\":false}");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	private static final String OWNER_PASSWORD = "Token-Owner-Passw0rd";

	private void changeMember(long userId, String change) throws Exception {
		mvc.perform(patch("/api/v1/users/" + userId).session(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)).andExpect(status().isOk());
	}

	private String issue(String name, String scopes) throws Exception {
		return issue(admin, name, scopes);
	}

	private String issue(MockHttpSession session, String name, String scopes) throws Exception {
		String body = mvc
			.perform(post("/api/v1/tokens").session(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"scopes\":" + scopes + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
	}

}
