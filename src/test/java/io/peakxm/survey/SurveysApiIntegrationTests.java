package io.peakxm.survey;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PeakXmIntegrationTest
class SurveysApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	MockHttpSession designer;

	long airline;

	@BeforeEach
	void signIn() throws Exception {
		designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
		airline = jdbc.sql("select min(id) from journey where name = 'Fly with us'").query(Long.class).single();
	}

	@Test
	void postFlightTemplateRatesEveryTouchpointOfTheJourneyInOrder() throws Exception {
		JsonNode survey = body(
				send(post("/api/v1/surveys"), "{\"template\":\"post-flight\",\"journeyId\":" + airline + "}"));
		JsonNode rows = survey.at("/definition/questions/1/rows");
		assertThat(rows.size()).isEqualTo(17);
		assertThat(rows.get(0).get("labelEn").asString()).isEqualTo("Online booking");
		assertThat(rows.get(16).get("labelEn").asString()).isEqualTo("Baggage handling");
		long firstTouchpoint = jdbc.sql("""
				select t.id from touchpoint t join journey_stage s on s.id = t.stage_id
				where t.journey_id = :j and t.removed_at is null order by s.position, t.position""")
			.param("j", airline)
			.query(Long.class)
			.list()
			.get(0);
		assertThat(rows.get(0).get("touchpointId").asLong()).isEqualTo(firstTouchpoint);
		assertThat(survey.get("publicId").asString()).hasSize(22);
		assertThat(survey.get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void openingPublishesVersionOneAndSavingAnOpenSurveyPublishesTheNext() throws Exception {
		JsonNode survey = body(send(post("/api/v1/surveys"), "{\"template\":\"service-contact-ces\"}"));
		long id = survey.get("id").asLong();
		survey = body(send(post("/api/v1/surveys/" + id + "/open"), "{\"revision\":0}"));
		assertThat(survey.get("status").asString()).isEqualTo("OPEN");
		assertThat(survey.get("currentVersion").asInt()).isEqualTo(1);

		ObjectNode definition = (ObjectNode) survey.get("definition");
		definition.put("titleEn", "How easy was it?");
		ObjectNode change = json.createObjectNode();
		change.put("revision", survey.get("revision").asInt());
		change.set("definition", definition);
		survey = body(send(put("/api/v1/surveys/" + id + "/definition"), change.toString()));
		assertThat(survey.get("currentVersion").asInt()).isEqualTo(2);

		mvc.perform(get("/api/v1/surveys/" + id + "/versions/1").session(designer))
			.andExpect(jsonPath("$.definition.titleEn").value("Effort after a service contact"));
		mvc.perform(get("/api/v1/surveys/" + id + "/versions/2").session(designer))
			.andExpect(jsonPath("$.definition.titleEn").value("How easy was it?"));

		send(put("/api/v1/surveys/" + id + "/definition"), change.toString()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("survey.changedBySomeoneElse"));
		send(post("/api/v1/surveys/" + id + "/close"), "{\"revision\":" + survey.get("revision").asInt() + "}")
			.andExpect(jsonPath("$.status").value("CLOSED"));
	}

	@Test
	void rejectsABrokenDefinitionNamingTheQuestion() throws Exception {
		String definition = """
				{"definition":{"titleEn":"Broken","questions":[
				  {"key":"nps","type":"NPS","textEn":"Recommend?","required":true},
				  {"key":"nps","type":"SINGLE_CHOICE","textEn":"Pick","options":[{"key":"a","labelEn":"A"}]},
				  {"key":"why","type":"TEXT_LONG","textEn":"Why?","condition":{"questionKey":"later","operator":"ANSWERED"}}]}}""";
		send(post("/api/v1/surveys"), definition).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("questions[1].options")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("survey.question.duplicateKey")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("survey.condition.notEarlier")));
	}

	@Test
	void postFlightTemplateNeedsAJourneyOfThisWorkspace() throws Exception {
		send(post("/api/v1/surveys"), "{\"template\":\"post-flight\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("survey.template.journeyRequired"));
		send(post("/api/v1/surveys"), "{\"template\":\"post-flight\",\"journeyId\":987654}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("survey.journeyUnknown"));
	}

	@Test
	void exportImportRoundTripKeepsTheQuestions() throws Exception {
		long id = body(send(post("/api/v1/surveys"), "{\"template\":\"post-flight\",\"journeyId\":" + airline + "}"))
			.get("id")
			.asLong();
		String file = mvc.perform(get("/api/v1/surveys/" + id + "/export").session(designer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(file).contains("\"schema\" : \"peakxm.survey/1\"");
		JsonNode imported = body(send(post("/api/v1/surveys/import"), file).andExpect(status().isCreated()));
		assertThat(imported.at("/definition/questions").size())
			.isEqualTo(json.readTree(file).at("/definition/questions").size());
		assertThat(imported.at("/definition/journeyId").isNull()).isTrue();
		send(post("/api/v1/surveys/import"), file.replace("peakxm.survey/1", "peakxm.survey/7"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("journey.import.schema"));
	}

	@Test
	void viewersReadSurveysButCannotChangeThem() throws Exception {
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/api/v1/surveys").session(viewer)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/surveys").session(viewer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"template\":\"hotel-stay\"}")).andExpect(status().isForbidden());
	}

	@Test
	void demoWorkspaceHasTheOpenPostFlightSurvey() throws Exception {
		mvc.perform(get("/api/v1/surveys").param("status", "OPEN").param("q", "Post-flight").session(designer))
			.andExpect(jsonPath("$.items[*].definition.journeyId", hasItem((int) airline)));
	}

	@Test
	void everyTemplateAndABlankSurveyKeepTheChosenJourney() throws Exception {
		long hotel = journeyFromTemplate("hotel-stay");
		JsonNode templates = json.readTree(mvc.perform(get("/api/v1/surveys/templates").session(designer))
			.andReturn()
			.getResponse()
			.getContentAsString());
		java.util.List<String> keys = new java.util.ArrayList<>();
		templates.forEach(t -> keys.add(t.get("key").asString()));
		assertThat(keys).contains("post-flight", "hotel-stay", "restaurant-visit", "retail-store-visit",
				"service-contact-ces", "employee-pulse", "blank");
		for (String template : keys) {
			JsonNode survey = body(
					send(post("/api/v1/surveys"), "{\"template\":\"" + template + "\",\"journeyId\":" + hotel + "}"));
			assertThat(survey.at("/definition/journeyId").asLong()).as(template).isEqualTo(hotel);
			assertThat(jdbc.sql("select definition from survey where id = :id")
				.param("id", survey.get("id").asLong())
				.query(String.class)
				.single()).as(template).contains("\"journeyId\":" + hotel);
		}
		JsonNode blank = body(send(post("/api/v1/surveys"),
				"{\"definition\":{\"titleEn\":\"Spa visit\",\"journeyId\":" + hotel + ",\"questions\":[]}}"));
		assertThat(blank.at("/definition/journeyId").asLong()).isEqualTo(hotel);
	}

	@Test
	void savingAnOpenSurveyWithoutAChangeIsRefusedAndPublishesNoVersion() throws Exception {
		JsonNode survey = body(send(post("/api/v1/surveys"), "{\"template\":\"service-contact-ces\"}"));
		long id = survey.get("id").asLong();
		survey = body(send(post("/api/v1/surveys/" + id + "/open"), "{\"revision\":0}"));
		ObjectNode change = json.createObjectNode();
		change.put("revision", survey.get("revision").asInt());
		change.set("definition", survey.get("definition"));
		send(put("/api/v1/surveys/" + id + "/definition"), change.toString()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("survey.publish.unchanged"))
			.andExpect(jsonPath("$.detail").value("Nothing changed since version 1: no new version was published."));
		mvc.perform(get("/api/v1/surveys/" + id + "/versions").session(designer))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void reopeningASurveySavedWithoutAChangeKeepsItsVersion() throws Exception {
		JsonNode survey = body(send(post("/api/v1/surveys"), "{\"template\":\"service-contact-ces\"}"));
		long id = survey.get("id").asLong();
		survey = body(send(post("/api/v1/surveys/" + id + "/open"), "{\"revision\":0}"));
		survey = body(send(post("/api/v1/surveys/" + id + "/close"),
				"{\"revision\":" + survey.get("revision").asInt() + "}"));
		ObjectNode change = json.createObjectNode();
		change.put("revision", survey.get("revision").asInt());
		change.set("definition", survey.get("definition"));
		survey = body(send(put("/api/v1/surveys/" + id + "/definition"), change.toString()));
		assertThat(survey.get("draftChanged").asBoolean()).isFalse();
		survey = body(
				send(post("/api/v1/surveys/" + id + "/open"), "{\"revision\":" + survey.get("revision").asInt() + "}"));
		assertThat(survey.get("currentVersion").asInt()).isEqualTo(1);
		mvc.perform(get("/api/v1/surveys/" + id + "/versions").session(designer))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void hotelTemplateForAHotelJourneyRatesItsMomentsByNameAndListsTheTouchpointsItLeavesOut() throws Exception {
		long hotel = journeyFromTemplate("hotel-stay");
		JsonNode survey = body(
				send(post("/api/v1/surveys"), "{\"template\":\"hotel-stay\",\"journeyId\":" + hotel + "}"));
		JsonNode rows = survey.at("/definition/questions/2/rows");
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		jdbc.sql("select id, name_en from touchpoint where journey_id = :j")
			.param("j", hotel)
			.query((rs, i) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		assertThat(rows.size()).isEqualTo(7);
		rows.forEach(row -> assertThat(names.get(row.get("touchpointId").asLong()))
			.isEqualTo(row.get("labelEn").asString()));
		assertThat(survey.at("/coverage/touchpoints").asInt()).isEqualTo(14);
		assertThat(survey.at("/coverage/unrated").size()).isEqualTo(7);
		assertThat(survey.at("/coverage/unrated/0/nameEn").asString()).isEqualTo("Pre-arrival message");
		assertThat(survey.at("/coverage/unlinkedRows").size()).isZero();

		JsonNode onAirline = body(
				send(post("/api/v1/surveys"), "{\"template\":\"hotel-stay\",\"journeyId\":" + airline + "}"));
		assertThat(onAirline.at("/coverage/unlinkedRows").size()).isEqualTo(7);
		assertThat(onAirline.at("/coverage/unrated").size()).isEqualTo(17);
		assertThat(body(send(post("/api/v1/surveys"), "{\"template\":\"hotel-stay\"}")).get("coverage").isNull())
			.isTrue();
	}

	@Test
	void aTouchpointOutsideTheSurveysJourneyIsRefusedNamingTheRowAndNothingChanges() throws Exception {
		long hotel = journeyFromTemplate("hotel-stay");
		JsonNode survey = body(
				send(post("/api/v1/surveys"), "{\"template\":\"hotel-stay\",\"journeyId\":" + hotel + "}"));
		long id = survey.get("id").asLong();
		long airlineTouchpoint = jdbc.sql("select min(id) from touchpoint where journey_id = :j")
			.param("j", airline)
			.query(Long.class)
			.single();
		ObjectNode definition = (ObjectNode) survey.get("definition").deepCopy();
		((ObjectNode) definition.at("/questions/2/rows/1")).put("touchpointId", airlineTouchpoint);
		ObjectNode change = json.createObjectNode();
		change.put("revision", survey.get("revision").asInt());
		change.set("definition", definition);
		send(put("/api/v1/surveys/" + id + "/definition"), change.toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("questions[2].rows[1].touchpointId"))
			.andExpect(jsonPath("$.errors[0].code").value("survey.touchpoint.notInJourney"))
			.andExpect(jsonPath("$.errors[0].message").value("Touchpoint " + airlineTouchpoint
					+ " is not a touchpoint of the journey “Hotel stay” that this survey measures."));

		definition.putNull("journeyId");
		change.set("definition", definition);
		send(put("/api/v1/surveys/" + id + "/definition"), change.toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("survey.touchpoint.noJourney")));
		send(post("/api/v1/surveys"), "{\"definition\":" + definition + "}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("questions[2].rows[0].touchpointId"));
		assertThat(jdbc.sql("select revision from survey where id = :id").param("id", id).query(Integer.class).single())
			.isEqualTo(survey.get("revision").asInt());
	}

	private long journeyFromTemplate(String template) throws Exception {
		return body(send(post("/api/v1/journeys"), "{\"template\":\"" + template + "\"}")).get("id").asLong();
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc
			.perform(request.session(designer).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private JsonNode body(ResultActions actions) throws Exception {
		var response = actions.andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isLessThan(300);
		return json.readTree(response.getContentAsString());
	}

}
