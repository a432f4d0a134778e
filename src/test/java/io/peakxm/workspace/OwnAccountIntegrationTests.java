package io.peakxm.workspace;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PeakXmIntegrationTest
class OwnAccountIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void changesOwnPasswordOnlyWithCurrentPasswordAndStrongNewOne() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String email = TestUsers.uniqueEmail("pw");
		TestUsers.addMember(mvc, admin, email, Role.VIEWER, "First-Passw0rd-1");
		MockHttpSession me = TestUsers.signIn(mvc, email, "First-Passw0rd-1");

		mvc.perform(post("/account/password").session(me)
			.with(csrf())
			.param("currentPassword", "wrong")
			.param("newPassword", "weak")
			.param("confirmation", "weak"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The current password is wrong.")))
			.andExpect(content().string(containsString("At least 12 characters.")));

		mvc.perform(post("/account/password").session(me)
			.with(csrf())
			.param("currentPassword", "First-Passw0rd-1")
			.param("newPassword", "Second-Passw0rd-2")
			.param("confirmation", "Second-Passw0rd-2")).andExpect(redirectedUrl("/account"));
		TestUsers.signIn(mvc, email, "Second-Passw0rd-2");
	}

}
