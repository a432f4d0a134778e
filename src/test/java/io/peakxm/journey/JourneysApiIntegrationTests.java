package io.peakxm.journey;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PeakXmIntegrationTest
class JourneysApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	MockHttpSession designer;

	@BeforeEach
	void signIn() throws Exception {
		designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
	}

	@Test
	void buildsReordersPublishesAndComparesAJourney() throws Exception {
		JsonNode journey = body(send(post("/api/v1/journeys"), "{\"name\":\"Lounge visit\",\"goal\":\"CSAT 4.5\"}")
			.andExpect(status().isCreated()));
		long id = journey.get("id").asLong();
		journey = body(send(post("/api/v1/journeys/" + id + "/stages"),
				"{\"revision\":0,\"name\":\"Arrive\",\"frontstage\":\"Host\"}"));
		long stage = journey.at("/design/stages/0/id").asLong();
		journey = body(send(post("/api/v1/journeys/" + id + "/stages/" + stage + "/touchpoints"),
				"{\"revision\":1,\"nameEn\":\"Welcome\",\"nameZh\":\"迎宾\",\"channel\":\"IN_PERSON\",\"designedEmotion\":2,"
						+ "\"designedPeak\":true,\"keywordsEn\":[\"welcome\"],\"standards\":[{\"name\":\"Greeting\",\"unit\":\"s\","
						+ "\"target\":30,\"direction\":\"AT_MOST\",\"compliance\":\"SURVEY_QUESTION\"}]}"));
		journey = body(send(post("/api/v1/journeys/" + id + "/stages/" + stage + "/touchpoints"),
				"{\"revision\":2,\"nameEn\":\"Seat\",\"designedEmotion\":0}"));
		long seat = journey.at("/design/stages/0/touchpoints/1/id").asLong();
		journey = body(send(post("/api/v1/journeys/" + id + "/touchpoints/" + seat + "/move"),
				"{\"revision\":3,\"position\":0}"));
		assertThat(journey.at("/design/stages/0/touchpoints/0/nameEn").asString()).isEqualTo("Seat");
		assertThat(journey.get("revision").asInt()).isEqualTo(4);

		send(post("/api/v1/journeys/" + id + "/publish"), "{\"revision\":4}").andExpect(jsonPath("$.number").value(1));
		body(send(put("/api/v1/journeys/" + id + "/touchpoints/" + seat),
				"{\"revision\":5,\"nameEn\":\"Seat\",\"designedEmotion\":1,\"endMoment\":true}"));
		send(post("/api/v1/journeys/" + id + "/publish"), "{\"revision\":6}").andExpect(jsonPath("$.number").value(2));

		mvc.perform(get("/api/v1/journeys/" + id + "/versions").session(designer))
			.andExpect(jsonPath("$[0].number").value(2))
			.andExpect(jsonPath("$[1].number").value(1));
		mvc.perform(get("/api/v1/journeys/" + id + "/versions/1").session(designer))
			.andExpect(jsonPath("$.design.stages[0].touchpoints[1].standards[0].name").value("Greeting"));
		mvc.perform(get("/api/v1/journeys/" + id + "/compare").param("from", "1").param("to", "2").session(designer))
			.andExpect(jsonPath("$[*].field", hasItem("designedEmotion")))
			.andExpect(jsonPath("$[*].field", hasItem("endMoment")));
	}

	@Test
	void publishingWithoutAChangeIsRefusedAndCreatesNoVersion() throws Exception {
		JsonNode journey = body(send(post("/api/v1/journeys"), "{\"template\":\"restaurant-visit\"}"));
		long id = journey.get("id").asLong();
		send(post("/api/v1/journeys/" + id + "/publish"), "{\"revision\":0}").andExpect(jsonPath("$.number").value(1));
		send(post("/api/v1/journeys/" + id + "/publish"), "{\"revision\":1}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("journey.publish.unchanged"))
			.andExpect(jsonPath("$.detail").value("Nothing changed since version 1: no new version was published."));

		// A change undone is no change either.
		long touchpoint = journey.at("/design/stages/0/touchpoints/0/id").asLong();
		String name = journey.at("/design/stages/0/touchpoints/0/nameEn").asString();
		JsonNode renamed = body(send(put("/api/v1/journeys/" + id + "/touchpoints/" + touchpoint),
				touchpointBody(journey, 1, name + " online")));
		JsonNode undone = body(send(put("/api/v1/journeys/" + id + "/touchpoints/" + touchpoint),
				touchpointBody(journey, renamed.get("revision").asInt(), name)));
		send(post("/api/v1/journeys/" + id + "/publish"), "{\"revision\":" + undone.get("revision").asInt() + "}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("journey.publish.unchanged"));
		mvc.perform(get("/api/v1/journeys/" + id + "/versions").session(designer))
			.andExpect(jsonPath("$.length()").value(1));

		JsonNode changed = body(send(put("/api/v1/journeys/" + id + "/touchpoints/" + touchpoint),
				touchpointBody(journey, undone.get("revision").asInt(), name + " online")));
		send(post("/api/v1/journeys/" + id + "/publish"), "{\"revision\":" + changed.get("revision").asInt() + "}")
			.andExpect(jsonPath("$.number").value(2));
	}

	/**
	 * The first touchpoint of the first stage as it is, but with another name, for a PUT
	 * at {@code revision}.
	 */
	private String touchpointBody(JsonNode journey, int revision, String nameEn) {
		var touchpoint = (tools.jackson.databind.node.ObjectNode) journey.at("/design/stages/0/touchpoints/0")
			.deepCopy();
		touchpoint.remove("id");
		touchpoint.put("revision", revision);
		touchpoint.put("nameEn", nameEn);
		return touchpoint.toString();
	}

	@Test
	void staleRevisionIsRefusedAndChangesNothing() throws Exception {
		long id = body(send(post("/api/v1/journeys"), "{\"template\":\"restaurant-visit\"}")).get("id").asLong();
		send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/v1/journeys/" + id),
				"{\"revision\":0,\"name\":\"First writer\"}")
			.andExpect(status().isOk());
		send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/v1/journeys/" + id),
				"{\"revision\":0,\"name\":\"Second writer\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("journey.changedBySomeoneElse"));
		mvc.perform(get("/api/v1/journeys/" + id).session(designer))
			.andExpect(jsonPath("$.design.name").value("First writer"));
	}

	@Test
	void updatingAStageThatDoesNotExistIsNotFoundAndChangesNothing() throws Exception {
		long id = body(send(post("/api/v1/journeys"), "{\"template\":\"restaurant-visit\"}")).get("id").asLong();
		send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/journeys/" + id + "/stages/987654321"), "{\"revision\":0,\"name\":\"Ghost\"}")
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/journeys/" + id).session(designer)).andExpect(jsonPath("$.revision").value(0));
	}

	@Test
	void exportImportRoundTripGivesTheSameFile() throws Exception {
		long id = body(send(post("/api/v1/journeys"), "{\"template\":\"airline-trip\"}")).get("id").asLong();
		String exported = mvc.perform(get("/api/v1/journeys/" + id + "/export").session(designer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long imported = body(send(post("/api/v1/journeys/import"), exported).andExpect(status().isCreated())).get("id")
			.asLong();
		String again = mvc.perform(get("/api/v1/journeys/" + imported + "/export").session(designer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json.readTree(again)).isEqualTo(json.readTree(exported));
		assertThat(json.readTree(exported).at("/stages").size()).isEqualTo(7);
	}

	@Test
	void importWithUnknownFieldExplainsAndCreatesNothing() throws Exception {
		long before = jdbc.sql("select count(*) from journey").query(Long.class).single();
		send(post("/api/v1/journeys/import"), "{\"schema\":\"peakxm.journey/1\",\"name\":\"X\",\"colour\":\"red\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("colour"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Unknown field 'colour' (the file must follow schema peakxm.journey/1)."));
		send(post("/api/v1/journeys/import"), "{\"schema\":\"peakxm.journey/9\",\"name\":\"X\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("journey.import.schema"));
		assertThat(jdbc.sql("select count(*) from journey").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void rejectsSecondEndMomentAndBadEmotionWithFieldPaths() throws Exception {
		JsonNode journey = body(send(post("/api/v1/journeys"), "{\"template\":\"hotel-stay\"}"));
		long id = journey.get("id").asLong();
		long stage = journey.at("/design/stages/0/id").asLong();
		send(post("/api/v1/journeys/" + id + "/stages/" + stage + "/touchpoints"),
				"{\"revision\":0,\"nameEn\":\"Too happy\",\"designedEmotion\":7}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("journey.touchpoint.emotionRange"));
		send(post("/api/v1/journeys/" + id + "/stages/" + stage + "/touchpoints"),
				"{\"revision\":0,\"nameEn\":\"Standard\",\"standards\":[{\"name\":\"Wait\",\"direction\":\"AT_MOST\"}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("journey.standard.targetRequired"));
	}

	@Test
	void viewersReadButCannotEditAndAgentsSeeOnlyJourneysTheyOwnATouchpointIn() throws Exception {
		JsonNode journey = body(send(post("/api/v1/journeys"), "{\"template\":\"retail-store-visit\"}"));
		long id = journey.get("id").asLong();
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/api/v1/journeys/" + id).session(viewer)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/journeys/" + id + "/copy").session(viewer).with(csrf()))
			.andExpect(status().isForbidden());

		MockHttpSession agent = TestUsers.signInDemo(mvc, Role.AGENT);
		mvc.perform(get("/api/v1/journeys/" + id).session(agent)).andExpect(status().isNotFound());
		long agentId = jdbc.sql("select id from app_user where email = 'agent@skyway.example'")
			.query(Long.class)
			.single();
		long touchpoint = journey.at("/design/stages/0/touchpoints/0/id").asLong();
		String name = journey.at("/design/stages/0/touchpoints/0/nameEn").asString();
		send(put("/api/v1/journeys/" + id + "/touchpoints/" + touchpoint),
				"{\"revision\":0,\"nameEn\":\"" + name + "\",\"ownerUserId\":" + agentId + "}")
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/journeys/" + id).session(agent)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/journeys").param("size", "200").session(agent))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
	}

	@Test
	void demoWorkspaceHasThePublishedAirlineJourneyAndAHotelDraft() throws Exception {
		mvc.perform(get("/api/v1/journeys").param("q", "Fly with us").session(designer))
			.andExpect(jsonPath("$.items[*].publishedVersion", hasItem(1)));
		mvc.perform(get("/api/v1/journeys").param("q", "Hotel stay").session(designer))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)));
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		return mvc
			.perform(request.session(designer).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private JsonNode body(ResultActions actions) throws Exception {
		String content = actions.andReturn().getResponse().getContentAsString();
		int status = actions.andReturn().getResponse().getStatus();
		assertThat(status).as(content).isLessThan(300);
		return json.readTree(content);
	}

}
