package io.peakxm.web;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input gets a clear answer and changes nothing. */
@PeakXmIntegrationTest
class BadInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void malformedJsonGetsAProblemDetail() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		long before = users();
		mvc.perform(post("/api/v1/users").session(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"a@b.c\", \"displayName\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("problem.malformed"));
		assertThat(users()).isEqualTo(before);
	}

	@Test
	void oversizedRequestIsRefusedBeforeItIsRead() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		byte[] body = new byte[2 * 1024 * 1024];
		java.util.Arrays.fill(body, (byte) 'a');
		mvc.perform(
				post("/api/v1/users").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.status").value(413));
	}

	@Test
	void wrongTypeInAQueryParameterNamesTheParameter() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		mvc.perform(get("/api/v1/audit").param("from", "yesterday").session(admin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

	@Test
	void unknownThingsAreNotFoundWithAProblemDetail() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		mvc.perform(get("/api/v1/users/987654321").session(admin))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("user.notFound"));
	}

	@Test
	void pageShowsConflictReasonInsteadOfCrashing() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		long self = jdbc.sql("select id from app_user where email = 'ops.admin@skyway.example'")
			.query(Long.class)
			.single();
		mvc.perform(post("/users/" + self + "/disable").session(admin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "You cannot disable yourself."));
	}

	private long users() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

}
