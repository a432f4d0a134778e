package io.peakxm.response;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PeakXmIntegrationTest
class KioskIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long survey;

	String publicId;

	String kioskKey;

	@BeforeEach
	void createKiosk() throws Exception {
		MockHttpSession designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
		survey = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
		publicId = jdbc.sql("select public_id from survey where id = :s")
			.param("s", survey)
			.query(String.class)
			.single();
		String link = (String) mvc
			.perform(post("/surveys/" + survey + "/kiosks").param("name", "Gate A12").session(designer).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("secret");
		kioskKey = link.substring(link.indexOf("kiosk=") + 6);
	}

	@Test
	void kioskLinkOpensTheSurveyInKioskMode() throws Exception {
		mvc.perform(get("/s/" + publicId).param("kiosk", kioskKey))
			.andExpect(content().string(containsString("data-kiosk-key=\"" + kioskKey + "\"")))
			.andExpect(content().string(containsString("/js/kiosk.js")));
		mvc.perform(get("/s/" + publicId).param("kiosk", "forged"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-kiosk-key"))));
	}

	@Test
	void kioskSubmissionsNeedTheDeviceKeyAndAReplayIsRecordedOnce() throws Exception {
		mvc.perform(post("/s/" + publicId + "/kiosk").param("q.nps", "9").param("sid", "kiosk-1"))
			.andExpect(status().isForbidden());
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/s/" + publicId + "/kiosk").header("X-Kiosk-Key", kioskKey)
				.param("q.nps", "9")
				.param("sid", "kiosk-1")
				.param("lang", "zh-CN"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.ok").value(true))
				.andExpect(jsonPath("$.duplicate").value(i == 1));
		}
		assertThat(jdbc.sql("select count(*) from response where idempotency_key = 'kiosk-1' and channel = 'KIOSK'")
			.query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(post("/s/" + publicId + "/kiosk").header("X-Kiosk-Key", kioskKey)
			.param("q.nps", "12")
			.param("sid", "kiosk-2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.nps[0]").value("12 is outside the allowed range 0 to 10."));
	}

	@Test
	void aRevokedKioskRecordsNothing() throws Exception {
		MockHttpSession designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
		long device = jdbc.sql("select max(id) from kiosk_device where survey_id = :s")
			.param("s", survey)
			.query(Long.class)
			.single();
		mvc.perform(post("/surveys/" + survey + "/kiosks/" + device + "/revoke").session(designer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/s/" + publicId + "/kiosk").header("X-Kiosk-Key", kioskKey)
			.param("q.nps", "9")
			.param("sid", "kiosk-3")).andExpect(status().isForbidden());
	}

}
