package io.peakxm.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestEvents;
import io.peakxm.TestUsers;
import io.peakxm.response.CollectionChannel;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Submission;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feedback API end to end: single and bulk creation, de-duplication, all-or-nothing
 * checks naming item and field, search in both languages with highlights, aspects per
 * clause, roles and masking of personal data.
 */
@PeakXmIntegrationTest
class FeedbackApiIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Surveys surveys;

	@Autowired
	ResponseRecorder recorder;

	MockHttpSession analyst;

	long journey;

	long baggage;

	long crew;

	@BeforeEach
	void setUp() throws Exception {
		analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		journey = jdbc.sql("select min(id) from journey where name = 'Fly with us'").query(Long.class).single();
		baggage = touchpoint("Baggage handling");
		crew = touchpoint("On-board service");
	}

	@Test
	void oneItemWithAnIdempotencyKeyIsStoredOnceAndItsClausesTaggedWithTouchpoints() throws Exception {
		String key = "fb-" + System.nanoTime();
		String body = "{\"source\":\"review\",\"externalId\":\"" + key + "\",\"author\":\"jane_doe\",\"rating\":2,"
				+ "\"text\":\"The crew was lovely but our bags took an hour.\",\"journeyId\":" + journey + "}";
		String created = create(key, body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.duplicate").value(false))
			.andExpect(jsonPath("$.item.language").value("en"))
			.andExpect(jsonPath("$.item.author").value(containsString("author-")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		create(key, body).andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicate").value(true))
			.andExpect(jsonPath("$.item.id").value(id));
		create(null, body).andExpect(status().isOk()).andExpect(jsonPath("$.item.id").value(id));
		assertThat(count("external_id = '" + key + "'")).isEqualTo(1);
		assertThat(jdbc.sql("select author from feedback_item where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).doesNotContain("jane");
		mvc.perform(get("/api/v1/feedback/{id}", id).session(analyst))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.aspects[?(@.touchpointId == " + crew + ")].sentimentLabel").value(hasItem("POSITIVE")))
			.andExpect(jsonPath("$.aspects[?(@.touchpointId == " + baggage + ")].sentimentLabel")
				.value(hasItem("NEGATIVE")));
	}

	@Test
	void aBulkCallStoresTenThousandItemsAndSendingThemAgainStoresNone() throws Exception {
		String run = "bulk-" + System.nanoTime();
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < 10_000; i++) {
			json.append(i == 0 ? "" : ",")
				.append("{\"source\":\"social\",\"externalId\":\"")
				.append(run)
				.append('-')
				.append(i)
				.append("\",\"text\":\"")
				.append(i % 2 == 0 ? "Boarding was quick number " + i : "登机很顺利，第" + i + "次")
				.append("\"}");
		}
		json.append(']');
		bulk(MediaType.APPLICATION_JSON_VALUE, json.toString()).andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(10_000))
			.andExpect(jsonPath("$.created").value(10_000))
			.andExpect(jsonPath("$.duplicates").value(0));
		bulk(MediaType.APPLICATION_JSON_VALUE, json.toString()).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.duplicates").value(10_000));
		assertThat(count("external_id like '" + run + "-%'")).isEqualTo(10_000);
	}

	@Test
	void theBulkEndpointTakesBodiesAboveTheUsualLimitAndOthersDoNot() throws Exception {
		String run = "big-" + System.nanoTime();
		StringBuilder ndjson = new StringBuilder();
		String text = "Long review of the trip, ".repeat(40);
		for (int i = 0; ndjson.length() < 2_500_000; i++) {
			ndjson.append(item(run + "-" + i, "review", text + i)).append('\n');
		}
		bulk("application/x-ndjson", ndjson.toString()).andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicates").value(0));
		create(null, item(run + "-single", "review", "x".repeat(1_100_000))).andExpect(status().isPayloadTooLarge());
	}

	@Test
	void aBatchWithBadItemsIsRefusedWholeNamingEachItemAndField() throws Exception {
		String run = "bad-" + System.nanoTime();
		String ndjson = String.join("\n", "{\"source\":\"review\",\"externalId\":\"" + run + "-1\",\"text\":\"fine\"}",
				"{\"source\":\"newspaper\",\"externalId\":\"" + run + "-2\",\"text\":\"x\"}",
				"{\"source\":\"review\",\"externalId\":\"" + run + "-3\",\"text\":\"  \"}",
				"{\"source\":\"review\",\"externalId\":\"" + run + "-4\",\"text\":\"ok\",\"rating\":7}",
				"{\"source\":\"review\",\"externalId\":\"" + run + "-5\",\"text\":\"ok\",\"touchpointId\":999999}");
		bulk("application/x-ndjson", ndjson).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("items[1].source")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("items[2].text")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("items[3].rating")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("items[4].touchpointId")));
		bulk("application/x-ndjson", "{\"source\":\"review\",\"text\":\"ok\"}\n{not json}\n")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line 2"));
		bulk(MediaType.APPLICATION_JSON_VALUE, "[{\"source\":\"review\",").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		create(null, "{\"source\":\"review\",\"text\":\"" + "x".repeat(20_001) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
		assertThat(count("external_id like '" + run + "-%'")).isZero();
	}

	@Test
	void searchFindsChineseWordsAndEnglishWordsAndMarksTheHits() throws Exception {
		String run = "search-" + System.nanoTime();
		List<String> items = new ArrayList<>();
		items.add(item(run + "-zh", "review", "等行李等了一个多小时，太慢了"));
		items.add(item(run + "-en", "review", "Our luggage came out damaged " + run));
		bulk(MediaType.APPLICATION_JSON_VALUE, "[" + String.join(",", items) + "]").andExpect(status().isOk());
		mvc.perform(get("/api/v1/feedback").param("q", "行李").param("source", "review").session(analyst))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].item.externalId").value(hasItem(run + "-zh")))
			.andExpect(jsonPath("$.items[?(@.item.externalId == '" + run + "-zh')].parts[?(@.hit == true)].text")
				.value(hasItem("行李")));
		mvc.perform(get("/api/v1/feedback").param("q", "DAMAGED " + run).session(analyst))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].item.externalId").value(run + "-en"));
		mvc.perform(get("/api/v1/feedback").param("sentiment", "furious").session(analyst))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sentiment"));
	}

	@Test
	void personalDataIsMaskedForAnalystsAndShownToAdministrators() throws Exception {
		String run = "pii-" + System.nanoTime();
		create(null, item(run, "email", "Call me on 13812345678 about my refund")).andExpect(status().isCreated());
		long id = jdbc.sql("select id from feedback_item where external_id = :e")
			.param("e", run)
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/feedback/{id}", id).session(analyst))
			.andExpect(jsonPath("$.personalData").value(true))
			.andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.not(containsString("13812345678"))));
		mvc.perform(get("/api/v1/feedback/{id}", id).session(TestUsers.signInDemo(mvc, Role.ADMIN)))
			.andExpect(jsonPath("$.text").value(containsString("13812345678")));
	}

	@Test
	void viewersReadNoVerbatimsAndAgentsOnlyThoseOnTheirTouchpoints() throws Exception {
		String run = "roles-" + System.nanoTime();
		bulk(MediaType.APPLICATION_JSON_VALUE, "[" + item(run + "-bag", "review", "Bags " + run) + ","
				+ item(run + "-seat", "review", "Seat " + run) + "]")
			.andExpect(status().isOk());
		jdbc.sql("update feedback_item set touchpoint_id = :t where external_id = :e")
			.param("t", baggage)
			.param("e", run + "-bag")
			.update();
		mvc.perform(get("/api/v1/feedback").session(TestUsers.signInDemo(mvc, Role.VIEWER)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/feedback").param("q", run).session(TestUsers.signInDemo(mvc, Role.AGENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].item.externalId").value(run + "-bag"));
		mvc.perform(post("/api/v1/feedback").session(TestUsers.signInDemo(mvc, Role.AGENT))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(item(run + "-x", "review", "x"))).andExpect(status().isForbidden());
	}

	@Test
	void surveyCommentsBecomeFeedbackOnceAndGoWithTheirResponse() throws Exception {
		// The comment intake's executor of its own leaves the other listeners on Boot's
		// pool (the one @Async takes by default).
		assertThat(context.getBean(AsyncConfigurer.class).getAsyncExecutor())
			.isSameAs(context.getBean("applicationTaskExecutor"))
			.isNotSameAs(context.getBean("feedbackCommentIntake"));
		TestEvents.awaitCompletion(jdbc);
		long comments = jdbc.sql("""
				select count(*) from response_answer a join response r on r.id = a.response_id
				where a.question_type in ('TEXT_SHORT', 'TEXT_LONG') and a.text_value is not null
				and trim(a.text_value) <> ''""").query(Long.class).single();
		assertThat(comments).as("the demo has survey comments").isPositive();
		assertThat(count("source = 'SURVEY'")).isEqualTo(comments);
		// A response of its own (the demo's 2,500 stay whole for other tests), with a
		// comment: its item appears once, and goes when the response is deleted.
		var admin = TestUsers.demoActor(jdbc, Role.ADMIN);
		long surveyId = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
		Survey survey = surveys.get(admin, surveyId);
		String comment = "Bag came late " + System.nanoTime();
		long response = recorder
			.submit(survey,
					Submission.builder(CollectionChannel.API, "en")
						.answers(Map.of("nps", List.of("3"), "went_wrong", List.of(comment)))
						.hiddenValues(Map.of("cabin", "Business"))
						.build())
			.responseId();
		TestEvents.awaitCompletion(jdbc);
		assertThat(count("response_id = " + response + " and source = 'SURVEY'")).isEqualTo(1);
		// The response's hidden fields come along (from what the batch event carries).
		assertThat(jdbc.sql("""
				select f.field_value from feedback_field f join feedback_item i on i.id = f.item_id
				where i.response_id = :r and f.name = 'cabin'""").param("r", response).query(String.class).single())
			.isEqualTo("Business");
		mvc.perform(
				delete("/api/v1/responses/{id}", response).session(TestUsers.signInDemo(mvc, Role.ADMIN)).with(csrf()))
			.andExpect(status().is2xxSuccessful());
		assertThat(count("response_id = " + response)).isZero();
	}

	@Test
	void theInboxShowsHostileTextAsText() throws Exception {
		String run = "xss-" + System.nanoTime();
		create(null, item(run, "social", "<script>alert(1)</script> " + run)).andExpect(status().isCreated());
		mvc.perform(get("/feedback").param("q", run).session(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert"))));
		mvc.perform(get("/feedback").param("from", "yesterday").session(analyst))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("yesterday")));
	}

	private static String item(String externalId, String source, String text) {
		return "{\"source\":\"" + source + "\",\"externalId\":\"" + externalId + "\",\"text\":\"" + text + "\"}";
	}

	private ResultActions create(String idempotencyKey, String body) throws Exception {
		var request = post("/api/v1/feedback").session(analyst)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return mvc.perform(request);
	}

	private ResultActions bulk(String contentType, String body) throws Exception {
		return mvc.perform(
				post("/api/v1/feedback/bulk").session(analyst).with(csrf()).contentType(contentType).content(body));
	}

	private long count(String where) {
		return jdbc.sql("select count(*) from feedback_item where " + where).query(Long.class).single();
	}

	private long touchpoint(String nameEn) {
		return jdbc.sql("select min(t.id) from touchpoint t where t.journey_id = :j and t.name_en = :n")
			.param("j", journey)
			.param("n", nameEn)
			.query(Long.class)
			.single();
	}

}
