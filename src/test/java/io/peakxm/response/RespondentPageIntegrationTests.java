package io.peakxm.response;

import io.peakxm.PeakXmIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public survey page, used by anonymous respondents without a CSRF token. */
@PeakXmIntegrationTest
class RespondentPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String publicId;

	long touchpoint;

	@BeforeEach
	void findDemoSurvey() {
		publicId = jdbc
			.sql("select public_id from survey where status = 'OPEN' and definition like '%Post-flight%' order by id")
			.query(String.class)
			.list()
			.get(0);
		touchpoint = jdbc.sql(
				"select min(t.id) from touchpoint t join journey j on j.id = t.journey_id where j.name = 'Fly with us'")
			.query(Long.class)
			.single();
	}

	@Test
	void showsTheSurveyInTheLinksLanguageWithItsHiddenFields() throws Exception {
		mvc.perform(
				get("/s/" + publicId).param("lang", "zh-CN").param("flight", "SK<b>1</b>").param("tp", "" + touchpoint))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您向朋友或同事推荐我们的可能性有多大？")))
			.andExpect(content().string(containsString("value=\"SK&lt;b&gt;1&lt;/b&gt;\"")))
			.andExpect(content().string(containsString("name=\"website\"")));
		mvc.perform(get("/s/" + publicId).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("How likely are you to recommend us")));
	}

	@Test
	void storesAValidSubmissionAndThanksOnlyAfterwards() throws Exception {
		long before = count();
		mvc.perform(post("/s/" + publicId).param("q.nps", "10")
			.param("q.touchpoints.tp_" + touchpoint, "5")
			.param("q.comment", "Lovely crew")
			.param("flight", "SK123")
			.param("ch", "qr")
			.param("tp", "" + touchpoint)
			.param("lang", "en")
			.param("sid", "page-test-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"respond-thanks\"")));
		assertThat(count()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select channel from response where idempotency_key = 'page-test-1'")
			.query(String.class)
			.single()).isEqualTo("QR");
		assertThat(jdbc.sql("select touchpoint_id from response where idempotency_key = 'page-test-1'")
			.query(Long.class)
			.single()).isEqualTo(touchpoint);
		mvc.perform(post("/s/" + publicId).param("q.nps", "10").param("sid", "page-test-1"))
			.andExpect(content().string(containsString("respond-thanks")));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void invalidSubmissionIsShownAgainWithTheReasonAndTheAnswersKept() throws Exception {
		long before = count();
		mvc.perform(post("/s/" + publicId).param("q.comment", "Keep me").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Please answer this question.")))
			.andExpect(content().string(containsString("Keep me")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void honeypotSubmissionsAreThankedAndDropped() throws Exception {
		long before = count();
		mvc.perform(post("/s/" + publicId).param("q.nps", "0").param("website", "http://spam.example"))
			.andExpect(content().string(containsString("respond-thanks")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void surveyPagesMayBeEmbeddedAnywhereButSignedInPagesOnlyHere() throws Exception {
		mvc.perform(get("/s/" + publicId).param("ch", "embed"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Security-Policy", containsString("frame-ancestors *")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.doesNotExist("X-Frame-Options"));
		mvc.perform(get("/login"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Frame-Options", "SAMEORIGIN"));
		mvc.perform(post("/s/" + publicId).param("q.nps", "8").param("ch", "embed").param("sid", "embed-1"))
			.andExpect(content().string(containsString("respond-thanks")));
		assertThat(
				jdbc.sql("select channel from response where idempotency_key = 'embed-1'").query(String.class).single())
			.isEqualTo("EMBED");
		mvc.perform(get("/js/embed.js")).andExpect(status().isOk());
	}

	@Test
	void unknownAndClosedSurveysSayTheyAreNotAvailable() throws Exception {
		mvc.perform(get("/s/nosuchsurvey"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This survey is not available")));
		String draft = jdbc.sql("select public_id from survey where status = 'DRAFT' order by id")
			.query(String.class)
			.list()
			.get(0);
		mvc.perform(get("/s/" + draft)).andExpect(status().isGone());
		mvc.perform(post("/s/" + draft).param("q.nps", "9"))
			.andExpect(status().isGone())
			.andExpect(content().string(not(containsString("respond-thanks"))));
	}

	private long count() {
		return jdbc.sql("select count(*) from response").query(Long.class).single();
	}

}
