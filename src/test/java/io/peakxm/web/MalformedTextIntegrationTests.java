package io.peakxm.web;

import java.net.URI;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Text that cannot be stored (NUL, an unpaired surrogate, a control character) is refused
 * where it enters, with a 400 naming the field, and nothing is stored — on PostgreSQL
 * (which refuses NUL) and H2 (which would keep it).
 */
@PeakXmIntegrationTest
class MalformedTextIntegrationTests {

	static final String NUL = "\u0000";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String publicId;

	long survey;

	@BeforeEach
	void findDemoSurvey() {
		survey = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
		publicId = jdbc.sql("select public_id from survey where id = :s")
			.param("s", survey)
			.query(String.class)
			.single();
	}

	@Test
	void publicSurveyPageAnswersANulWithAReadable400NamingTheField() throws Exception {
		long before = responses();
		mvc.perform(post("/s/" + publicId).param("q.nps", "9")
			.param("q.comment", "Nice" + NUL + "crew")
			.param("lang", "en")
			.param("sid", "nul-page-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("q.comment"), containsString("U+0000"),
					containsString("How likely are you to recommend us"), not(containsString("respond-thanks")))));
		assertThat(responses()).isEqualTo(before);
	}

	@Test
	void publicSurveyLinkWithANulInAHiddenFieldShowsTheSurveyWithTheReason() throws Exception {
		mvc.perform(get("/s/" + publicId).param("flight", "SK" + NUL).param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("flight"), containsString("U+0000"),
					containsString("How likely are you to recommend us"))));
		long before = responses();
		mvc.perform(post("/s/" + publicId).param("q.nps", "9").param("flight", "SK" + NUL).param("sid", "nul-page-2"))
			.andExpect(status().isBadRequest());
		assertThat(responses()).isEqualTo(before);
	}

	@Test
	void apiSubmissionRefusesANulInAnAnswerOrAHiddenFieldNamingIt() throws Exception {
		String token = writeToken();
		long before = responses();
		submit(token, null, "{\"answers\":{\"nps\":4,\"went_wrong\":\"Bag\\u0000late\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("answers.went_wrong"))
			.andExpect(jsonPath("$.errors[0].code").value("validation.text.malformed"));
		submit(token, null, "{\"answers\":{\"nps\":4},\"hidden\":{\"flight\":\"SK\\u0000\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hidden.flight"));
		submit(token, null, "{\"answers\":{\"nps\":4},\"hidden\":{\"fli\\u0000ght\":\"SK1\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hidden"));
		submit(token, null, "{\"answers\":{\"nps\":4},\"customerRef\":\"\\ud800\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("customerRef"))
			.andExpect(jsonPath("$.errors[0].message", containsString("U+D800")));
		assertThat(responses()).isEqualTo(before);
	}

	@Test
	void idempotencyKeyWithANulIsRefusedAndNothingStored() throws Exception {
		String token = writeToken();
		long before = responses();
		submit(token, "key" + NUL, "{\"answers\":{\"nps\":4}}").andExpect(status().isBadRequest());
		assertThat(responses()).isEqualTo(before);
	}

	@Test
	void jsonBodiesRefuseNulAndUnpairedSurrogatesNamingTheField() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		long before = users();
		for (String bad : new String[] { "Ana\\u0000", "Ana\\ud800", "\\udc00Ana", "Ana\\u001b[2J" }) {
			mvc.perform(post("/api/v1/users").session(admin)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + TestUsers.uniqueEmail("ana") + "\",\"displayName\":\"" + bad
						+ "\",\"role\":\"ANALYST\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("displayName"))
				.andExpect(jsonPath("$.errors[0].code").value("validation.text.malformed"));
		}
		assertThat(users()).isEqualTo(before);
	}

	@Test
	void queryParameterWithANulIsRefusedNamingIt() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		mvc.perform(get(URI.create("/api/v1/audit?actor=%00")).session(admin))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("actor"));
		mvc.perform(get(URI.create("/journeys?q=%00")).session(admin))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("“q”")));
	}

	@Test
	void pageFormWithANulShowsTheReasonAndStoresNothing() throws Exception {
		MockHttpSession designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
		long before = journeys();
		mvc.perform(post("/journeys").session(designer).with(csrf()).param("name", "Trip" + NUL))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", allOf(containsString("“name”"), containsString("U+0000"))));
		assertThat(journeys()).isEqualTo(before);
	}

	@Test
	void journeyImportRefusesANulNamingItsPath() throws Exception {
		MockHttpSession designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
		long before = journeys();
		String file = "{\"schema\":\"peakxm.journey/1\",\"name\":\"Trip\",\"stages\":[{\"name\":\"Check\\u0000in\"}]}";
		mvc.perform(post("/api/v1/journeys/import").session(designer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(file))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stages[0].name"))
			.andExpect(jsonPath("$.errors[0].code").value("validation.text.malformed"));
		mvc.perform(multipart("/journeys/import")
			.file(new MockMultipartFile("file", "trip.json", "application/json",
					file.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.session(designer)
			.with(csrf())).andExpect(content().string(containsString("stages[0].name")));
		assertThat(journeys()).isEqualTo(before);
	}

	@Test
	void surveyImportRefusesAnUnpairedSurrogate() throws Exception {
		MockHttpSession designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
		long before = jdbc.sql("select count(*) from survey").query(Long.class).single();
		String file = "{\"schema\":\"peakxm.survey/1\",\"definition\":{\"titleEn\":\"T\\ud83d\",\"questions\":[]}}";
		mvc.perform(post("/api/v1/surveys/import").session(designer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(file))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("validation.text.malformed"));
		assertThat(jdbc.sql("select count(*) from survey").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void surveyBuilderRefusesAnEscapedNulInTheDefinitionNamingItsPath() throws Exception {
		MockHttpSession designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
		long draft = jdbc.sql("select min(id) from survey where status = 'DRAFT'").query(Long.class).single();
		String before = jdbc.sql("select definition from survey where id = :s")
			.param("s", draft)
			.query(String.class)
			.single();
		int revision = jdbc.sql("select revision from survey where id = :s")
			.param("s", draft)
			.query(Integer.class)
			.single();
		mvc.perform(post("/surveys/" + draft + "/definition").session(designer)
			.with(csrf())
			.param("revision", "" + revision)
			.param("definition", "{\"titleEn\":\"Trip\\u0000\",\"questions\":[]}"))
			.andExpect(content().string(allOf(containsString("titleEn"), containsString("U+0000"))));
		assertThat(
				jdbc.sql("select definition from survey where id = :s").param("s", draft).query(String.class).single())
			.isEqualTo(before);
	}

	@Test
	void importMappingWithAnEscapedNulIsRefusedNamingItsPath() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		long before = responses();
		mvc.perform(multipart("/api/v1/surveys/" + survey + "/imports").session(admin)
			.with(csrf())
			.file(new MockMultipartFile("file", "r.csv", "text/csv", "nps\n9\n".getBytes()))
			.file(new MockMultipartFile("mapping", "", "application/json",
					"{\"columns\":[{\"column\":\"nps\",\"target\":\"n\\u0000ps\"}]}".getBytes())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("columns[0].target"));
		assertThat(responses()).isEqualTo(before);
	}

	@Test
	void uploadedFileNameWithANulIsRefusedNamingThePart() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		long before = responses();
		mvc.perform(multipart("/api/v1/surveys/" + survey + "/imports").session(admin)
			.with(csrf())
			.file(new MockMultipartFile("file", "r" + NUL + ".csv", "text/csv", "nps\n9\n".getBytes()))
			.file(new MockMultipartFile("mapping", "", "application/json",
					"{\"columns\":[{\"column\":\"nps\",\"target\":\"nps\"}]}".getBytes())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		assertThat(responses()).isEqualTo(before);
	}

	@Test
	void kioskAndUnknownPagesAnswerANulWithoutAServerError() throws Exception {
		mvc.perform(post("/s/" + publicId + "/kiosk").param("q.nps", "9").param("q.comment", NUL))
			.andExpect(status().isBadRequest());
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get(URI.create("/no/such/page?q=%00")).session(viewer)).andExpect(status().isNotFound());
	}

	@Test
	void signInWithANulIsAFailedSignInNotAServerError() throws Exception {
		mvc.perform(post("/login").with(csrf())
			.param("username", "ops.admin" + NUL + "@skyway.example")
			.param("password", TestUsers.DEMO_PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrlPattern("/login?error*"));
	}

	private ResultActions submit(String token, String idempotencyKey, String json) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/surveys/" + survey + "/responses")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return mvc.perform(request);
	}

	private String writeToken() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String body = mvc
			.perform(post("/api/v1/tokens").session(admin)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"malformed-text\",\"scopes\":[\"write\"]}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
	}

	private long responses() {
		return jdbc.sql("select count(*) from response").query(Long.class).single();
	}

	private long users() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	private long journeys() {
		return jdbc.sql("select count(*) from journey").query(Long.class).single();
	}

}
