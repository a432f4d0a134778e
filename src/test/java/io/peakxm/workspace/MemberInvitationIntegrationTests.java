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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Adding a person by e-mail invites them: the answer is the same whether an account
 * exists or not and shows nothing the administrator did not type, and nobody joins a
 * workspace without accepting.
 */
@PeakXmIntegrationTest
class MemberInvitationIntegrationTests {

	private static final String PASSWORD = "Invited-Passw0rd-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession homeAdmin;

	long homeWorkspace;

	@BeforeEach
	void signInToTheHomeWorkspace() throws Exception {
		homeAdmin = TestUsers.signIn(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		homeWorkspace = jdbc.sql("select id from workspace where demo = false order by id")
			.query(Long.class)
			.list()
			.get(0);
		mvc.perform(post("/workspaces/switch").param("workspaceId", String.valueOf(homeWorkspace))
			.session(homeAdmin)
			.with(csrf()));
	}

	@Test
	void addingAnAccountOfAnotherWorkspaceRevealsNothingAndAddsNobody() throws Exception {
		String existing = TestUsers.uniqueEmail("elsewhere");
		long existingId = TestUsers.addMember(mvc, TestUsers.signInDemo(mvc, Role.ADMIN), existing, Role.ANALYST,
				PASSWORD);
		jdbc.sql("update app_user set display_name = 'Real Secret Name' where id = :id")
			.param("id", existingId)
			.update();
		String fresh = TestUsers.uniqueEmail("fresh");

		MvcResult forExisting = invite(existing, "Typed Name");
		MvcResult forFresh = invite(fresh, "Typed Name");

		assertThat(forExisting.getResponse().getStatus()).isEqualTo(forFresh.getResponse().getStatus());
		assertThat(shape(forExisting, existing)).isEqualTo(shape(forFresh, fresh));
		assertThat(forExisting.getResponse().getContentAsString()).doesNotContain("Real Secret Name");
		assertThat(memberships(existingId)).as("workspaces of the existing account").doesNotContain(homeWorkspace);
		String page = mvc.perform(get("/users").param("q", existing).session(homeAdmin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("Real Secret Name");

		TestUsers.signIn(mvc, existing, PASSWORD);
		assertThat(memberships(existingId)).as("workspaces after the next sign-in").doesNotContain(homeWorkspace);
	}

	@Test
	void anAccountOfAnotherWorkspaceJoinsOnlyBySigningInAndAccepting() throws Exception {
		String email = TestUsers.uniqueEmail("joiner");
		long userId = TestUsers.addMember(mvc, TestUsers.signInDemo(mvc, Role.ADMIN), email, Role.ANALYST, PASSWORD);
		String token = TestUsers.invite(mvc, homeAdmin, email, Role.DESIGNER);

		// Signed out, the link offers signing in (the address has an account), never
		// creating a second one.
		mvc.perform(get("/join/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"join-sign-in\"")))
			.andExpect(content().string(not(containsString("data-testid=\"join-create\""))));
		mvc.perform(post("/join/" + token + "/account").param("displayName", "Other")
			.param("password", PASSWORD)
			.param("confirmation", PASSWORD)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(memberships(userId)).doesNotContain(homeWorkspace);
		mvc.perform(get("/join/" + token + "/sign-in")).andExpect(redirectedUrl("/login"));

		MockHttpSession invitee = TestUsers.signIn(mvc, email, PASSWORD);
		assertThat(memberships(userId)).as("signing in adds nobody").doesNotContain(homeWorkspace);
		mvc.perform(get("/join/" + token + "/sign-in").session(invitee)).andExpect(redirectedUrl("/join/" + token));
		mvc.perform(get("/join/" + token).session(invitee))
			.andExpect(content().string(containsString("data-testid=\"join-accept\"")));
		mvc.perform(post("/join/" + token + "/accept").session(invitee).with(csrf())).andExpect(redirectedUrl("/"));

		assertThat(memberships(userId)).contains(homeWorkspace);
		mvc.perform(get("/api/v1/me").session(invitee))
			.andExpect(jsonPath("$.currentWorkspaceId").value(homeWorkspace))
			.andExpect(jsonPath("$.role").value("DESIGNER"));
		mvc.perform(post("/join/" + token + "/accept").session(invitee).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheInvitedAddressCanAccept() throws Exception {
		String token = TestUsers.invite(mvc, homeAdmin, TestUsers.uniqueEmail("someone"), Role.ADMIN);
		MockHttpSession other = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/join/" + token).session(other))
			.andExpect(content().string(not(containsString("data-testid=\"join-accept\""))));
		mvc.perform(post("/join/" + token + "/accept").session(other)
			.with(csrf())
			.header("Referer", "http://localhost/join/" + token))
			.andExpect(redirectedUrl("/join/" + token))
			.andExpect(flash().attribute("error", containsString("Sign in with that address")));
		long viewerId = jdbc.sql("select id from app_user where email = 'viewer@skyway.example'")
			.query(Long.class)
			.single();
		assertThat(memberships(viewerId)).doesNotContain(homeWorkspace);
	}

	@Test
	void whoeverHoldsTheLinkCanDeclineAndNobodyJoins() throws Exception {
		String email = TestUsers.uniqueEmail("decliner");
		String token = TestUsers.invite(mvc, homeAdmin, email, Role.VIEWER);
		mvc.perform(post("/join/" + token + "/decline").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Invitation declined")));
		mvc.perform(get("/join/" + token)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/users/invitations").session(homeAdmin))
			.andExpect(jsonPath("$[?(@.email == '" + email + "')].status", hasItem("DECLINED")));
		mvc.perform(get("/api/v1/audit").param("action", AuditActions.INVITATION_DECLINED).session(homeAdmin))
			.andExpect(jsonPath("$.items[*].target", hasItem(email)));
		assertThat(
				jdbc.sql("select count(*) from app_user where email = :e").param("e", email).query(Long.class).single())
			.isZero();
	}

	@Test
	void administratorsRevokeAndReissueInvitations() throws Exception {
		String email = TestUsers.uniqueEmail("reissued");
		String first = TestUsers.invite(mvc, homeAdmin, email, Role.VIEWER);
		long id = jdbc.sql("select id from member_invitation where email = :e")
			.param("e", email)
			.query(Long.class)
			.single();

		String reissued = mvc
			.perform(post("/api/v1/users/invitations/" + id + "/reissue").session(homeAdmin).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*/join/([A-Za-z0-9_-]+)\".*", "$1");
		mvc.perform(get("/join/" + first)).andExpect(status().isNotFound());
		mvc.perform(get("/join/" + reissued)).andExpect(status().isOk());

		mvc.perform(delete("/api/v1/users/invitations/" + id).session(homeAdmin).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/join/" + reissued))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("not valid")));
		mvc.perform(delete("/api/v1/users/invitations/" + id).session(homeAdmin).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/audit").param("action", AuditActions.INVITATION_REVOKED).session(homeAdmin))
			.andExpect(jsonPath("$.items[*].target", hasItem(email)));
	}

	@Test
	void expiredLinksNoLongerWork() throws Exception {
		String email = TestUsers.uniqueEmail("late");
		String token = TestUsers.invite(mvc, homeAdmin, email, Role.VIEWER);
		jdbc.sql("update member_invitation set expires_at = :past where email = :e")
			.param("past", Timestamp.from(Instant.now().minusSeconds(1)))
			.param("e", email)
			.update();
		mvc.perform(post("/join/" + token + "/account").param("displayName", "Late")
			.param("password", PASSWORD)
			.param("confirmation", PASSWORD)
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/users/invitations").session(homeAdmin))
			.andExpect(jsonPath("$[?(@.email == '" + email + "')].status", hasItem("EXPIRED")));
	}

	@Test
	void invitationsWaitForTheSignedInInviteeOnTheirAccountPage() throws Exception {
		String email = TestUsers.uniqueEmail("waiting");
		long userId = TestUsers.addMember(mvc, TestUsers.signInDemo(mvc, Role.ADMIN), email, Role.VIEWER, PASSWORD);
		TestUsers.invite(mvc, homeAdmin, email, Role.ANALYST);
		MockHttpSession invitee = TestUsers.signIn(mvc, email, PASSWORD);
		mvc.perform(get("/").session(invitee))
			.andExpect(content().string(containsString("data-testid=\"invitations-waiting\"")));
		String page = mvc.perform(get("/account").session(invitee)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("My workspace");
		long id = jdbc.sql("select id from member_invitation where email = :e and status = 'PENDING'")
			.param("e", email)
			.query(Long.class)
			.single();

		mvc.perform(post("/account/invitations/" + id + "/accept").session(TestUsers.signInDemo(mvc, Role.VIEWER))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/account/invitations/" + id + "/accept").session(invitee).with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(memberships(userId)).contains(homeWorkspace);
	}

	private MvcResult invite(String email, String name) throws Exception {
		return mvc
			.perform(post("/api/v1/users").session(homeAdmin)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + email + "\",\"displayName\":\"" + name + "\",\"role\":\"VIEWER\"}"))
			.andReturn();
	}

	/**
	 * The answer with everything that differs between two invitations by nature (address,
	 * ids, times, link) blanked.
	 */
	private static String shape(MvcResult result, String email) throws Exception {
		return result.getResponse()
			.getContentAsString()
			.replace(email, "EMAIL")
			.replaceAll("\"(id|userId)\":\\d+", "\"$1\":0")
			.replaceAll("\"\\d{4}-\\d\\d-\\d\\dT[^\"]+\"", "\"TIME\"")
			.replaceAll("/join/[A-Za-z0-9_-]+", "/join/TOKEN");
	}

	private java.util.List<Long> memberships(long userId) {
		return jdbc.sql("select workspace_id from membership where user_id = :id")
			.param("id", userId)
			.query(Long.class)
			.list();
	}

}
