package io.peakxm.workspace;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PeakXmIntegrationTest
class UsersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static final String PASSWORD = "Temp-User-Passw0rd";

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = TestUsers.signIn(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
	}

	@Test
	void invitedPersonCreatesTheirAccountJoinsAndIsAudited() throws Exception {
		String email = TestUsers.uniqueEmail("ana");
		String body = mvc
			.perform(post("/api/v1/users").session(admin)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + email.toUpperCase() + "\",\"displayName\":\"Ana\",\"role\":\"analyst\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.invitation.email").value(email))
			.andExpect(jsonPath("$.invitation.role").value("ANALYST"))
			.andExpect(jsonPath("$.invitation.status").value("PENDING"))
			.andExpect(jsonPath("$.link", startsWith("http://peakxm.test/join/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String link = body.replaceAll(".*\"link\":\"http://peakxm.test([^\"]+)\".*", "$1");
		assertThat(jdbc.sql("select count(*) from member_invitation where token_hash = :t")
			.param("t", link.substring("/join/".length()))
			.query(Long.class)
			.single()).as("the token is stored hashed").isZero();

		mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Ana\"")))
			.andExpect(content().string(containsString("data-testid=\"join-create\"")));
		mvc.perform(post(link + "/account").param("displayName", "Ana Lima")
			.param("password", PASSWORD)
			.param("confirmation", PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/login?joined"));

		MockHttpSession ana = TestUsers.signIn(mvc, email, PASSWORD);
		mvc.perform(get("/api/v1/me").session(ana))
			.andExpect(jsonPath("$.role").value("ANALYST"))
			.andExpect(jsonPath("$.displayName").value("Ana Lima"));
		mvc.perform(get(link)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/audit").param("actor", email).param("size", "50").session(admin))
			.andExpect(jsonPath("$.items[*].action", hasItem(AuditActions.INVITATION_ACCEPTED)));
		mvc.perform(get("/api/v1/audit").param("action", AuditActions.MEMBER_INVITED).session(admin))
			.andExpect(jsonPath("$.items[*].target", hasItem(email)));
	}

	@Test
	void refusesToInviteMembersOrInviteTwiceAndChangesNothing() throws Exception {
		String email = TestUsers.uniqueEmail("dup");
		inviteViaApi(email, "VIEWER").andExpect(status().isCreated());
		long before = countInvitations();
		inviteViaApi(email, "VIEWER").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].code").value("invitation.pendingAlready"));
		inviteViaApi(TestUsers.ADMIN_EMAIL, "VIEWER").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].code").value("user.email.duplicate"))
			.andExpect(jsonPath("$.errors[0].message", containsString(TestUsers.ADMIN_EMAIL)));
		assertThat(countInvitations()).isEqualTo(before);
	}

	@Test
	void rejectsUnknownRoleAndWeakPasswordAndChangesNothing() throws Exception {
		long before = countUsers();
		mvc.perform(post("/api/v1/users").session(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + TestUsers.uniqueEmail("weak") + "\",\"displayName\":\"W\",\"role\":\"OWNER\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("user.role.unknown")));
		String token = TestUsers.invite(mvc, admin, TestUsers.uniqueEmail("weak"), Role.VIEWER);
		mvc.perform(post("/join/" + token + "/account").param("displayName", "W")
			.param("password", "alllowercaseletters")
			.param("confirmation", "alllowercaseletters")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at least three of")));
		assertThat(countUsers()).isEqualTo(before);
	}

	@Test
	void showsFieldErrorsOnTheAddUserPage() throws Exception {
		mvc.perform(post("/users").session(admin)
			.with(csrf())
			.param("email", "not-an-address")
			.param("displayName", "")
			.param("role", "VIEWER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not a valid e-mail address.")))
			.andExpect(content().string(containsString("Required.")));
	}

	@Test
	void invitesThroughThePageShowingTheLinkOnceAndListsTheInvitationAsTyped() throws Exception {
		String email = TestUsers.uniqueEmail("page");
		mvc.perform(post("/users").session(admin)
			.with(csrf())
			.param("email", email)
			.param("displayName", "Page <b>User</b>")
			.param("role", "DESIGNER"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("secret", startsWith("http://peakxm.test/join/")));
		mvc.perform(get("/users").session(admin))
			.andExpect(content().string(containsString("Page &lt;b&gt;User&lt;/b&gt;")))
			.andExpect(content().string(containsString(email)));
	}

	@Test
	void changesRoleAndDisablesMemberWhoThenCannotSignIn() throws Exception {
		String email = TestUsers.uniqueEmail("temp");
		long id = TestUsers.addMember(mvc, admin, email, Role.VIEWER, PASSWORD);
		mvc.perform(patch("/api/v1/users/" + id).session(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\":\"DESIGNER\"}")).andExpect(jsonPath("$.role").value("DESIGNER"));
		MockHttpSession temp = TestUsers.signIn(mvc, email, PASSWORD);

		mvc.perform(patch("/api/v1/users/" + id).session(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"disabled\":true}")).andExpect(jsonPath("$.disabled").value(true));

		mvc.perform(get("/api/v1/me").session(temp)).andExpect(status().isUnauthorized());
		mvc.perform(post("/login").param("username", email).param("password", PASSWORD).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login?error=disabled"));
		mvc.perform(get("/api/v1/audit").param("action", AuditActions.ROLE_CHANGED).session(admin))
			.andExpect(jsonPath("$.items[*].target", hasItem(email)));
	}

	@Test
	void keepsTheLastAdministrator() throws Exception {
		MockHttpSession session = TestUsers.signIn(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		long homeWorkspace = jdbc.sql("select id from workspace where demo = false order by id")
			.query(Long.class)
			.list()
			.get(0);
		mvc.perform(post("/workspaces/switch").param("workspaceId", String.valueOf(homeWorkspace))
			.session(session)
			.with(csrf())).andExpect(status().is3xxRedirection());
		long adminId = jdbc.sql("select id from app_user where email = :e")
			.param("e", TestUsers.ADMIN_EMAIL)
			.query(Long.class)
			.single();
		mvc.perform(patch("/api/v1/users/" + adminId).session(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\":\"VIEWER\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("user.lastAdmin"));
		mvc.perform(patch("/api/v1/users/" + adminId).session(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"disabled\":true}")).andExpect(status().isConflict());
	}

	@Test
	void listsMembersOnlyOfTheCurrentWorkspace() throws Exception {
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.ADMIN);
		mvc.perform(get("/api/v1/users").param("size", "200").session(viewer))
			.andExpect(jsonPath("$.items[*].email", hasItem("viewer@skyway.example")));
		long homeWorkspace = jdbc.sql("select id from workspace where demo = false order by id")
			.query(Long.class)
			.list()
			.get(0);
		MockHttpSession session = TestUsers.signIn(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		mvc.perform(post("/workspaces/switch").param("workspaceId", String.valueOf(homeWorkspace))
			.session(session)
			.with(csrf()));
		mvc.perform(get("/api/v1/users").param("q", "skyway.example").session(session))
			.andExpect(jsonPath("$.total").value(0));
	}

	private org.springframework.test.web.servlet.ResultActions inviteViaApi(String email, String role)
			throws Exception {
		return mvc.perform(post("/api/v1/users").session(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\",\"displayName\":\"Test\",\"role\":\"" + role + "\"}"));
	}

	private long countInvitations() {
		return jdbc.sql("select count(*) from member_invitation").query(Long.class).single();
	}

	private long countUsers() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

}
