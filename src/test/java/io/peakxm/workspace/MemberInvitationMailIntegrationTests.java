package io.peakxm.workspace;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The invitation link reaches the invitee by e-mail when SMTP is configured (GreenMail on
 * the test port 3025).
 */
@PeakXmIntegrationTest
class MemberInvitationMailIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MockMvc mvc;

	@Test
	void mailsTheSameLinkTheAdministratorSees() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String email = TestUsers.uniqueEmail("mailed");
		String body = mvc
			.perform(post("/api/v1/users").session(admin)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + email + "\",\"displayName\":\"Mai\",\"role\":\"VIEWER\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mailed").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String link = body.replaceAll(".*\"link\":\"([^\"]+)\".*", "$1");

		MimeMessage[] toInvitee = greenMail.getReceivedMessagesForDomain(email);
		assertThat(toInvitee).hasSize(1);
		assertThat(toInvitee[0].getSubject()).isEqualTo("Invitation to SkyWay Air on PeakXM");
		assertThat(GreenMailUtil.getBody(toInvitee[0])).contains(link).contains("Lin Wei");
	}

}
