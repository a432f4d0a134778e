package io.peakxm.feedback;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.peakxm.AirlineFile;
import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.journey.Channel;
import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.JourneyDesigner;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.Stage;
import io.peakxm.journey.Touchpoint;
import io.peakxm.workspace.Actor;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Learned touchpoint synonyms: a word customers write at a touchpoint that its names and
 * keywords do not find is suggested with its number of items; accepting it makes it a
 * keyword of the touchpoint (needs the right to edit journeys) and tags the stored and
 * new items; rejecting it keeps it away for good; bad input is named by field.
 */
@PeakXmIntegrationTest
class SynonymsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JourneyDesigner designer;

	@Autowired
	Journeys journeys;

	MockHttpSession analyst;

	MockHttpSession designerSession;

	Actor designerActor;

	long journey;

	long baggageClaim;

	long checkIn;

	String run;

	@BeforeEach
	void journeyWithTwoTouchpoints() throws Exception {
		analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		designerSession = TestUsers.signInDemo(mvc, Role.DESIGNER);
		designerActor = AirlineFile.designer(jdbc);
		run = "zq" + (System.nanoTime() % 1_000_000_000L);
		List<Touchpoint> touchpoints = List.of(
				new Touchpoint(null, "Baggage claim", "提取行李", null, Channel.IN_PERSON, null, null,
						List.of("baggage belt"), List.of(), 0, false, false, null),
				new Touchpoint(null, "Check-in", "值机", null, Channel.IN_PERSON, null, null, List.of("counter"),
						List.of(), 0, false, false, null));
		journey = designer.create(designerActor, new JourneyDesign("Synonym trip " + run, null, null, null, null,
				List.of(new Stage(null, "Airport", null, null, null, null, null, null, touchpoints))));
		List<Touchpoint> saved = journeys.get(designerActor, journey).design().touchpointsInOrder();
		baggageClaim = saved.get(0).id();
		checkIn = saved.get(1).id();
	}

	@Test
	void aWordCustomersUseAtATouchpointIsSuggestedAndOnceAcceptedTagsStoredAndNewItems() throws Exception {
		String word = run + "a";
		String[] texts = { "The " + word + " was slow today", "Waited forever at " + word + " for my suitcase",
				word + " broke down twice", "Nobody near " + word + " to help" };
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < texts.length; i++) {
			json.append(i == 0 ? "" : ",").append(item(run + "-a" + i, texts[i], baggageClaim));
		}
		json.append(",").append(item(run + "-a-other", "The queue was long", checkIn)).append(']');
		bulk(json.toString());
		List<Long> ids = jdbc.sql("select id from feedback_item where external_id like :p order by id")
			.param("p", run + "-a_")
			.query(Long.class)
			.list();
		assertThat(ids).hasSize(4);
		assertThat(aspectItems(ids)).isZero();

		String listed = suggestions(analyst).andReturn().getResponse().getContentAsString();
		List<Integer> counts = JsonPath.read(listed,
				"$.touchpoints[?(@.touchpointId == " + baggageClaim + ")].words[?(@.phrase == '" + word + "')].items");
		assertThat(counts).containsExactly(4);
		mvc.perform(get("/feedback/topics").session(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"touchpoint-synonyms\"")))
			.andExpect(content().string(containsString(word)));

		// An analyst manages feedback but may not edit journeys.
		accept(analyst, baggageClaim, word).andExpect(status().isForbidden());
		accept(designerSession, baggageClaim, word).andExpect(status().isOk())
			.andExpect(jsonPath("$.keywordsEn").value(org.hamcrest.Matchers.hasItem(word)));
		assertThat(journeys.get(designerActor, journey).design().touchpoint(baggageClaim).orElseThrow().keywordsEn())
			.containsExactly("baggage belt", word);
		assertThat(jdbc.sql("select detail from audit_event where action = 'feedback.synonymAccepted' and target = :t")
			.param("t", "touchpoint " + baggageClaim)
			.query(String.class)
			.list()).containsExactly("keyword added: " + word);

		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (aspectItems(ids) < 4 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(aspectItems(ids)).isEqualTo(4);

		bulk("[" + item(run + "-a-new", "Lost twenty minutes at the " + word + " again", null) + "]");
		long fresh = jdbc.sql("select id from feedback_item where external_id = :e")
			.param("e", run + "-a-new")
			.query(Long.class)
			.single();
		assertThat(aspectItems(List.of(fresh))).isEqualTo(1);
		suggestions(analyst).andExpect(content().string(not(containsString(word))));
	}

	@Test
	void aRejectedWordIsNeverSuggestedAgain() throws Exception {
		String word = run + "b";
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < 3; i++) {
			json.append(i == 0 ? "" : ",")
				.append(item(run + "-b" + i, "Line " + i + " at " + word + " was chaos", checkIn));
		}
		bulk(json.append(']').toString());
		suggestions(analyst).andExpect(content().string(containsString(word)));
		mvc.perform(post("/api/v1/feedback/synonyms/reject").session(analyst)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"touchpointId\":" + checkIn + ",\"phrase\":\"" + word + "\"}"))
			.andExpect(status().isNoContent());
		suggestions(analyst).andExpect(content().string(not(containsString(word))));
		bulk("[" + item(run + "-b9", "Again the " + word + " was chaos", checkIn) + "]");
		suggestions(analyst).andExpect(content().string(not(containsString(word))));
		assertThat(journeys.get(designerActor, journey).design().touchpoint(checkIn).orElseThrow().keywordsEn())
			.containsExactly("counter");
	}

	@Test
	void badInputIsNamedByFieldAndAgentsAreRefused() throws Exception {
		accept(designerSession, 999_999_999L, "carousel").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("touchpointId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("999999999")));
		accept(designerSession, baggageClaim, " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phrase"));
		accept(designerSession, baggageClaim, "x".repeat(61)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phrase"));
		mvc.perform(post("/api/v1/feedback/synonyms/reject").session(analyst)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phrase\":\"carousel\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("touchpointId"));
		MockHttpSession agent = TestUsers.signInDemo(mvc, Role.AGENT);
		mvc.perform(get("/api/v1/feedback/synonyms").session(agent)).andExpect(status().isForbidden());
		accept(agent, baggageClaim, "carousel").andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/feedback/synonyms/reject").session(agent)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"touchpointId\":" + baggageClaim + ",\"phrase\":\"carousel\"}"))
			.andExpect(status().isForbidden());
		assertThat(journeys.get(designerActor, journey).design().touchpoint(baggageClaim).orElseThrow().keywordsEn())
			.containsExactly("baggage belt");
	}

	private String item(String externalId, String text, Long touchpointId) {
		return "{\"source\":\"review\",\"externalId\":\"" + externalId + "\",\"text\":\"" + text + "\",\"journeyId\":"
				+ journey + (touchpointId == null ? "" : ",\"touchpointId\":" + touchpointId) + "}";
	}

	private void bulk(String json) throws Exception {
		mvc.perform(post("/api/v1/feedback/bulk").session(analyst)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isOk());
	}

	private ResultActions suggestions(MockHttpSession session) throws Exception {
		return mvc.perform(get("/api/v1/feedback/synonyms").session(session)).andExpect(status().isOk());
	}

	private ResultActions accept(MockHttpSession session, long touchpointId, String phrase) throws Exception {
		return mvc.perform(post("/api/v1/feedback/synonyms/accept").session(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"touchpointId\":" + touchpointId + ",\"phrase\":\"" + phrase + "\"}"));
	}

	/** How many of the items have a clause tagged with the touchpoint Baggage claim. */
	private long aspectItems(List<Long> ids) {
		return jdbc
			.sql("select count(distinct item_id) from feedback_aspect where touchpoint_id = :t and item_id in (:ids)")
			.param("t", baggageClaim)
			.param("ids", ids)
			.query(Long.class)
			.single();
	}

}
