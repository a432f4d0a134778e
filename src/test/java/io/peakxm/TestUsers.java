package io.peakxm;

import java.util.Map;
import java.util.UUID;

import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The users of the test profile and a way to sign in as them through the real sign-in
 * form.
 */
public final class TestUsers {

	public static final String ADMIN_EMAIL = "admin@peakxm.test";

	public static final String ADMIN_PASSWORD = "Test-Admin-Passw0rd";

	public static final String DEMO_PASSWORD = "Demo-User-Passw0rd";

	/** Demo workspace users, one per role. */
	public static final Map<Role, String> DEMO_USERS = Map.of(Role.ADMIN, "ops.admin@skyway.example", Role.DESIGNER,
			"designer@skyway.example", Role.ANALYST, "analyst@skyway.example", Role.AGENT, "agent@skyway.example",
			Role.VIEWER, "viewer@skyway.example");

	private TestUsers() {
	}

	public static MockHttpSession signIn(MockMvc mvc, String email, String password) throws Exception {
		MvcResult result = mvc.perform(post("/login").param("username", email).param("password", password).with(csrf()))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		if (location == null || location.contains("error")) {
			throw new IllegalStateException("sign-in of " + email + " failed: " + location);
		}
		return (MockHttpSession) result.getRequest().getSession();
	}

	/**
	 * The demo workspace's user of a role as the actor of a call made directly to a
	 * module's facade.
	 */
	public static Actor demoActor(JdbcClient jdbc, Role role) {
		String email = DEMO_USERS.get(role);
		long workspace = jdbc.sql("select id from workspace where demo = true").query(Long.class).single();
		long user = jdbc.sql("select id from app_user where email = :e").param("e", email).query(Long.class).single();
		return Actor.ofUser(user, email, role.name(), workspace, "SkyWay Air", role, null);
	}

	public static MockHttpSession signInDemo(MockMvc mvc, Role role) throws Exception {
		return signIn(mvc, DEMO_USERS.get(role), DEMO_PASSWORD);
	}

	/**
	 * Makes a new person a member of the admin's current workspace with the given role
	 * and password the way people join: the admin invites the address, the person opens
	 * the link and creates their account. Returns their id.
	 */
	public static long addMember(MockMvc mvc, MockHttpSession admin, String email, Role role, String password)
			throws Exception {
		String token = invite(mvc, admin, email, role);
		String joined = mvc
			.perform(post("/join/" + token + "/account").param("displayName", "Test member")
				.param("password", password)
				.param("confirmation", password)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		if (!"/login?joined".equals(joined)) {
			throw new IllegalStateException("joining as " + email + " failed: " + joined);
		}
		String members = mvc.perform(get("/api/v1/users").param("q", email).session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(members.replaceAll(".*\"userId\":(\\d+).*", "$1"));
	}

	/**
	 * Invites an address into the admin's current workspace; returns the token of the
	 * invitation link.
	 */
	public static String invite(MockMvc mvc, MockHttpSession admin, String email, Role role) throws Exception {
		MvcResult invited = mvc
			.perform(post("/api/v1/users").session(admin)
				.with(csrf())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + email + "\",\"displayName\":\"Invited\",\"role\":\"" + role + "\"}"))
			.andReturn();
		String body = invited.getResponse().getContentAsString();
		if (invited.getResponse().getStatus() != 201) {
			throw new IllegalStateException("inviting " + email + " failed: " + body);
		}
		return body.replaceAll(".*/join/([A-Za-z0-9_-]+)\".*", "$1");
	}

	/** An e-mail address no other test uses. */
	public static String uniqueEmail(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
	}

}
