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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PeakXmIntegrationTest
class UsersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = TestUsers.signIn(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
	}

	@Test
	void createsUserWithGeneratedPasswordAndAuditsIt() throws Exception {
		String email = TestUsers.uniqueEmail("ana");
		String body = mvc.perform(post("/api/v1/users").session(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + email.toUpperCase() + "\",\"displayName\":\"Ana\",\"role\":\"analyst\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.member.email").value(email))
			.andExpect(jsonPath("$.member.role").value("ANALYST"))
			.andReturn().getResponse().getContentAsString();
		String password = body.replaceAll(".*\"generatedPassword\":\"([^\"]+)\".*", "$1");

		MockHttpSession ana = TestUsers.signIn(mvc, email, password);
		mvc.perform(get("/api/v1/me").session(ana)).andExpect(jsonPath("$.role").value("ANALYST"));
		mvc.perform(get("/api/v1/audit").param("action", AuditActions.USER_CREATED).session(admin))
			.andExpect(jsonPath("$.items[*].target", hasItem(email)));
	}

	@Test
	void rejectsDuplicateEmailAndChangesNothing() throws Exception {
		String email = TestUsers.uniqueEmail("dup");
		createViaApi(email, "VIEWER").andExpect(status().isCreated());
		long before = countUsers();
		createViaApi(email, "VIEWER").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].code").value("user.email.duplicate"))
			.andExpect(jsonPath("$.errors[0].message", containsString(email)));
		assertThat(countUsers()).isEqualTo(before);
	}

	@Test
	void rejectsWeakPasswordAndUnknownRoleTogether() throws Exception {
		long before = countUsers();
		mvc.perform(post("/api/v1/users").session(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + TestUsers.uniqueEmail("weak") + "\",\"displayName\":\"W\","
						+ "\"role\":\"OWNER\",\"password\":\"short\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("user.role.unknown")));
		mvc.perform(post("/api/v1/users").session(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + TestUsers.uniqueEmail("weak") + "\",\"displayName\":\"W\","
						+ "\"role\":\"VIEWER\",\"password\":\"alllowercaseletters\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].code").value("password.tooSimple"));
		assertThat(countUsers()).isEqualTo(before);
	}

	@Test
	void showsFieldErrorsOnTheAddUserPage() throws Exception {
		mvc.perform(post("/users").session(admin).with(csrf())
				.param("email", "not-an-address").param("displayName", "").param("role", "VIEWER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not a valid e-mail address.")))
			.andExpect(content().string(containsString("Required.")));
	}

	@Test
	void addsUserThroughThePageAndShowsGeneratedPasswordOnce() throws Exception {
		String email = TestUsers.uniqueEmail("page");
		mvc.perform(post("/users").session(admin).with(csrf())
				.param("email", email).param("displayName", "Page <b>User</b>").param("role", "DESIGNER"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("secret"));
		mvc.perform(get("/users").param("q", email).session(admin))
			.andExpect(content().string(containsString("Page &lt;b&gt;User&lt;/b&gt;")));
	}

	@Test
	void changesRoleAndDisablesMemberWhoThenCannotSignIn() throws Exception {
		String email = TestUsers.uniqueEmail("temp");
		String password = "Temp-User-Passw0rd";
		long id = createdId(createViaApi(email, "VIEWER", password));
		mvc.perform(patch("/api/v1/users/" + id).session(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"DESIGNER\"}"))
			.andExpect(jsonPath("$.role").value("DESIGNER"));
		MockHttpSession temp = TestUsers.signIn(mvc, email, password);

		mvc.perform(patch("/api/v1/users/" + id).session(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"disabled\":true}"))
			.andExpect(jsonPath("$.disabled").value(true));

		mvc.perform(get("/api/v1/me").session(temp)).andExpect(status().isUnauthorized());
		mvc.perform(post("/login").param("username", email).param("password", password).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login?error=disabled"));
		mvc.perform(get("/api/v1/audit").param("action", AuditActions.ROLE_CHANGED).session(admin))
			.andExpect(jsonPath("$.items[*].target", hasItem(email)));
	}

	@Test
	void keepsTheLastAdministrator() throws Exception {
		MockHttpSession session = TestUsers.signIn(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		long homeWorkspace = jdbc.sql("select id from workspace where demo = false order by id").query(Long.class).list().get(0);
		mvc.perform(post("/workspaces/switch").param("workspaceId", String.valueOf(homeWorkspace)).session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long adminId = jdbc.sql("select id from app_user where email = :e").param("e", TestUsers.ADMIN_EMAIL).query(Long.class).single();
		mvc.perform(patch("/api/v1/users/" + adminId).session(session).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"VIEWER\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("user.lastAdmin"));
		mvc.perform(patch("/api/v1/users/" + adminId).session(session).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"disabled\":true}"))
			.andExpect(status().isConflict());
	}

	@Test
	void listsMembersOnlyOfTheCurrentWorkspace() throws Exception {
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.ADMIN);
		mvc.perform(get("/api/v1/users").param("size", "200").session(viewer))
			.andExpect(jsonPath("$.items[*].email", hasItem("viewer@skyway.example")));
		long homeWorkspace = jdbc.sql("select id from workspace where demo = false order by id").query(Long.class).list().get(0);
		MockHttpSession session = TestUsers.signIn(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		mvc.perform(post("/workspaces/switch").param("workspaceId", String.valueOf(homeWorkspace)).session(session).with(csrf()));
		mvc.perform(get("/api/v1/users").param("q", "skyway.example").session(session))
			.andExpect(jsonPath("$.total").value(0));
	}

	private org.springframework.test.web.servlet.ResultActions createViaApi(String email, String role) throws Exception {
		return createViaApi(email, role, null);
	}

	private org.springframework.test.web.servlet.ResultActions createViaApi(String email, String role, String password)
			throws Exception {
		return mvc.perform(post("/api/v1/users").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\",\"displayName\":\"Test\",\"role\":\"" + role + "\""
					+ (password == null ? "" : ",\"password\":\"" + password + "\"") + "}"));
	}

	private static long createdId(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
		String body = actions.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll(".*\"userId\":(\\d+).*", "$1"));
	}

	private long countUsers() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}
}
