package io.peakxm.web;

import java.util.List;

import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The 1 MB body limit counts the bytes the server reads, not the Content-Length a client
 * declares: chunked bodies that never end are answered with 413 once the limit is passed,
 * so a few parallel 100 MB bodies cannot fill the memory. Each body here is 1.5 MB and
 * left open: a server that kept reading would never answer.
 */
@RealServerTest
class RequestSizeIntegrationTests {

	static final long OVER_THE_LIMIT = 1_536 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RawHttp http;

	String token;

	long survey;

	@BeforeEach
	void setUp() throws Exception {
		http = new RawHttp("127.0.0.1", port);
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String body = mvc
			.perform(post("/api/v1/tokens").session(admin)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"size-limits\",\"scopes\":[\"admin\"]}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		token = body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
		survey = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
	}

	@Test
	void chunkedJsonBodyIsCutOffAtTheLimitWith413() throws Exception {
		long before = responses();
		var answer = http.sendChunked("POST", "/api/v1/surveys/" + survey + "/responses",
				List.of(bearer(), "Content-Type: application/json"), "{\"answers\":{\"went_wrong\":\"", OVER_THE_LIMIT,
				null);
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.body()).contains("\"status\":413").contains("1,048,576");
		assertThat(responses()).isEqualTo(before);
	}

	@Test
	void chunkedFileImportIsCutOffAtTheLimitWith413() throws Exception {
		var answer = http.sendChunked("POST", "/api/v1/journeys/import",
				List.of(bearer(), "Content-Type: application/json"), "{\"schema\":\"peakxm.journey/1\",\"name\":\"",
				OVER_THE_LIMIT, null);
		assertThat(answer.status()).isEqualTo(413);
	}

	@Test
	void chunkedFormPostIsRefusedWith413() throws Exception {
		String publicId = jdbc.sql("select public_id from survey where id = :s")
			.param("s", survey)
			.query(String.class)
			.single();
		long before = responses();
		var answer = http.sendChunked("POST", "/s/" + publicId,
				List.of("Content-Type: application/x-www-form-urlencoded"), "q.nps=9&q.comment=", OVER_THE_LIMIT, null);
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.body()).contains("1,048,576");
		assertThat(responses()).isEqualTo(before);
	}

	@Test
	void chunkedUploadOverTheUploadLimitIsRefusedWith413() throws Exception {
		String boundary = "----peakxm-test";
		var answer = http.sendChunked("POST", "/api/v1/surveys/" + survey + "/imports",
				List.of(bearer(), "Content-Type: multipart/form-data; boundary=" + boundary),
				"--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
						+ "Content-Type: text/csv\r\n\r\nnps\r\n",
				3 * 1024 * 1024, null);
		assertThat(answer.status()).isEqualTo(413);
	}

	@Test
	void chunkedBodyWithinTheLimitIsReadAsBefore() throws Exception {
		long before = responses();
		var answer = http.sendChunked("POST", "/api/v1/surveys/" + survey + "/responses",
				List.of(bearer(), "Content-Type: application/json"), "{\"padding\":\"", 900 * 1024,
				"\",\"answers\":{\"nps\":9}}");
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		assertThat(responses()).isEqualTo(before + 1);
	}

	private String bearer() {
		return "Authorization: Bearer " + token;
	}

	private long responses() {
		return jdbc.sql("select count(*) from response").query(Long.class).single();
	}

}
