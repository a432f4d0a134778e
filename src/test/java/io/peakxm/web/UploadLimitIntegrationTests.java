package io.peakxm.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * A file over {@code spring.servlet.multipart.max-file-size} (lowered here to 64 KB) is
 * refused by the server's multipart reading, before any controller: the API says so in
 * words with the limit, and the upload form knows the limit to check it before sending.
 * Needs a real server: the mock one does not read multipart requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=1MB" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UploadLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApiRefusesAFileOverTheUploadLimitInWords() throws Exception {
		var admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String body = mvc
			.perform(post("/api/v1/tokens").session(admin)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"upload limit\",\"scopes\":[\"write\"]}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
		long survey = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();

		String boundary = "peakxm-boundary";
		ByteArrayOutputStream multipart = new ByteArrayOutputStream();
		multipart.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		multipart.write(("id\n" + "1\n".repeat(50_000)).getBytes(StandardCharsets.UTF_8));
		multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/surveys/" + survey + "/imports"))
				.header("Authorization", "Bearer " + token)
				.header("Accept-Language", "en")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"field\":\"file\"",
				"The file is larger than 64 KB, the limit for one upload.");

		mvc.perform(get("/surveys/" + survey + "/invitations").session(TestUsers.signInDemo(mvc, Role.DESIGNER)))
			.andExpect(content().string(containsString("data-max-bytes=\"65536\"")))
			.andExpect(content()
				.string(containsString("data-too-large=\"The file is larger than 64 KB, the limit for one upload.\"")));
	}

}
