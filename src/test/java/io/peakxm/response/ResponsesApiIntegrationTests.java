package io.peakxm.response;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PeakXmIntegrationTest
class ResponsesApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Surveys surveys;

	@Autowired
	ResponseRecorder recorder;

	@Autowired
	SubmittedEventsProbe events;

	String token;

	long survey;

	long firstRow;

	@BeforeEach
	void setUp() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String body = mvc
			.perform(post("/api/v1/tokens").session(admin)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"kiosk-bridge\",\"scopes\":[\"write\"]}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		token = body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
		survey = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
		firstRow = jdbc.sql(
				"select min(t.id) from touchpoint t join journey j on j.id = t.journey_id where j.name = 'Fly with us'")
			.query(Long.class)
			.single();
	}

	@Test
	void storesEachAnswerTypedAndPublishesResponseSubmitted() throws Exception {
		String body = submit(null, "{\"answers\":{\"nps\":4,\"touchpoints\":{\"tp_" + firstRow + "\":2},"
				+ "\"went_wrong\":\"Bag came late\"},\"hidden\":{\"flight\":\"SK123\",\"cabin\":\"Business\"},\"language\":\"zh-CN\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.duplicate").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*\"responseId\":(\\d+).*", "$1"));
		assertThat(jdbc.sql("select number_value from response_answer where response_id = :r and question_key = 'nps'")
			.param("r", id)
			.query(Double.class)
			.single()).isEqualTo(4.0);
		assertThat(
				jdbc.sql("select row_key from response_answer where response_id = :r and question_key = 'touchpoints'")
					.param("r", id)
					.query(String.class)
					.single())
			.isEqualTo("tp_" + firstRow);
		assertThat(jdbc.sql("select field_value from response_field where response_id = :r and name = 'flight'")
			.param("r", id)
			.query(String.class)
			.single()).isEqualTo("SK123");
		assertThat(jdbc.sql("select language from response where id = :r").param("r", id).query(String.class).single())
			.isEqualTo("zh-CN");
		assertThat(events.received().stream().filter(e -> e.responseId() == id)).hasSize(1);
	}

	@Test
	void sameIdempotencyKeyReturnsTheFirstResponse() throws Exception {
		String first = submit("retry-1", "{\"answers\":{\"nps\":9}}").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String again = submit("retry-1", "{\"answers\":{\"nps\":9}}").andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicate").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again.replaceAll(".*\"responseId\":(\\d+).*", "$1"))
			.isEqualTo(first.replaceAll(".*\"responseId\":(\\d+).*", "$1"));
		assertThat(
				jdbc.sql("select count(*) from response where idempotency_key = 'retry-1'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void twoSubmissionsWithOneKeyAtTheSameMomentRecordOneResponse() throws Exception {
		Survey open = jdbc.sql("select workspace_id from survey where id = :s")
			.param("s", survey)
			.query((rs, i) -> surveys
				.findByPublicId(jdbc.sql("select public_id from survey where id = :s")
					.param("s", survey)
					.query(String.class)
					.single())
				.orElseThrow())
			.single();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Receipt>> results = List.of(pool.submit(() -> race(start, open)),
					pool.submit(() -> race(start, open)));
			start.countDown();
			Receipt a = results.get(0).get();
			Receipt b = results.get(1).get();
			assertThat(a.responseId()).isEqualTo(b.responseId());
			assertThat(a.duplicate() ^ b.duplicate()).isTrue();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(
				jdbc.sql("select count(*) from response where idempotency_key = 'race-1'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void invalidAnswersRejectTheWholeSubmissionNamingTheQuestion() throws Exception {
		long before = jdbc.sql("select count(*) from response").query(Long.class).single();
		submit(null, "{\"answers\":{\"nps\":11,\"touchpoints\":{\"tp_" + firstRow + "\":9}}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nps"))
			.andExpect(jsonPath("$.errors[0].message").value("11 is outside the allowed range 0 to 10."))
			.andExpect(jsonPath("$.errors[1].field").value("touchpoints.tp_" + firstRow));
		submit(null, "{\"answers\":{}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("answer.required"));
		assertThat(jdbc.sql("select count(*) from response").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void valuesTheSurveyCannotHoldAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
		long before = jdbc.sql("select count(*) from response").query(Long.class).single();
		// 1e-320 squared underflows in PostgreSQL: accepted, it made every later rebuild
		// of the survey's rollups fail.
		submit(null, "{\"answers\":{\"nps\":9,\"checkin_wait\":1e-320}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("checkin_wait"))
			.andExpect(jsonPath("$.errors[0].code").value("answer.tooManyDecimals"));
		submit(null, "{\"answers\":{\"nps\":[3,4]}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nps"))
			.andExpect(jsonPath("$.errors[0].code").value("answer.oneValue"));
		submit(null, "{\"answers\":{\"nps\":9,\"touchpoints\":{\"tp_999999999\":4}}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("touchpoints.tp_999999999"))
			.andExpect(jsonPath("$.errors[0].code").value("answer.unknownRow"));
		submit(null, "{\"answers\":{\"nps\":9},\"hidden\":{\"seat\":\"12A\"}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("seat"))
			.andExpect(jsonPath("$.errors[0].code").value("answer.unknownHiddenField"));
		assertThat(jdbc.sql("select count(*) from response").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void readOnlyTokensCannotSubmit() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String body = mvc
			.perform(post("/api/v1/tokens").session(admin)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"reader\",\"scopes\":[\"read\"]}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reader = body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
		mvc.perform(post("/api/v1/surveys/" + survey + "/responses").header("Authorization", "Bearer " + reader)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\":{\"nps\":9}}")).andExpect(status().isForbidden());
	}

	private Receipt race(CountDownLatch start, Survey open) throws InterruptedException {
		start.await();
		return recorder.submit(open, new Submission(CollectionChannel.API, "en", null, null, null, "race-1", null,
				Map.of("nps", List.of("10")), Map.of()));
	}

	private ResultActions submit(String idempotencyKey, String json) throws Exception {
		var request = post("/api/v1/surveys/" + survey + "/responses").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return mvc.perform(request);
	}

}
