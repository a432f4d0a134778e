package io.peakxm.response;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code PEAKXM_PUBLIC_URL} unset, links in e-mails point to localhost:8080; the
 * pages that hand out links say so when PeakXM was opened at another address (here: port
 * 8093), and stay quiet when opened at that one.
 */
@PeakXmIntegrationTest
@TestPropertySource(properties = "peakxm.mail.public-url=")
class UnsetPublicUrlIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void invitationAndUsersPagesWarnThatLinksPointToAnotherAddress() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		long survey = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
		for (String page : new String[] { "/surveys/" + survey + "/invitations", "/users" }) {
			mvc.perform(at(get(page), 8093).session(admin))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-testid=\"public-url-warning\"")))
				.andExpect(content().string(containsString("PEAKXM_PUBLIC_URL is not set, so links in e-mails point to "
						+ "http://localhost:8080, but you opened PeakXM at http://localhost:8093.")));
			mvc.perform(at(get(page), 8080).session(admin))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("data-testid=\"public-url-warning\""))));
		}
	}

	private static MockHttpServletRequestBuilder at(MockHttpServletRequestBuilder request, int port) {
		return request.with(r -> {
			r.setServerName("localhost");
			r.setServerPort(port);
			return r;
		});
	}

}
