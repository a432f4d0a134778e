package io.peakxm.journey;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The journey pages as a designer, a viewer and two designers at once use them. */
@PeakXmIntegrationTest
class JourneyPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession designer;

	@BeforeEach
	void signIn() throws Exception {
		designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
	}

	@Test
	void demoAgentOwnsTheArrivalAndBaggageTouchpointsAndSeesThePublishedAirlineJourney() throws Exception {
		long agent = jdbc.sql("select id from app_user where email = :e")
			.param("e", TestUsers.DEMO_USERS.get(Role.AGENT))
			.query(Long.class)
			.single();
		long airline = jdbc.sql("select min(journey_id) from touchpoint where owner_user_id = :a")
			.param("a", agent)
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("""
				select name_en from touchpoint where journey_id = :j and owner_user_id = :a and removed_at is null
				order by name_en""").param("j", airline).param("a", agent).query(String.class).list())
			.containsExactly("Arrival and disembarkation", "Baggage handling");
		assertThat(jdbc.sql("select published_version from journey where id = :j")
			.param("j", airline)
			.query(Integer.class)
			.single()).as("the published version carries the owner").isEqualTo(1);
		assertThat(jdbc.sql("select snapshot from journey_version where journey_id = :j and number = 1")
			.param("j", airline)
			.query(String.class)
			.single()).contains("\"ownerUserId\":" + agent);
		MockHttpSession session = TestUsers.signInDemo(mvc, Role.AGENT);
		mvc.perform(get("/journeys").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/journeys/" + airline + "\"")))
			.andExpect(content().string(containsString("You see the journeys in which you own a touchpoint.")))
			.andExpect(content().string(not(containsString("template-select"))));
	}

	@Test
	void agentWithoutTouchpointsIsToldWhyTheListIsEmptyInsteadOfPointingToATemplateForm() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String email = TestUsers.uniqueEmail("new-agent");
		TestUsers.addMember(mvc, admin, email, Role.AGENT, "New-Agent-Passw0rd");
		MockHttpSession agent = TestUsers.signIn(mvc, email, "New-Agent-Passw0rd");
		mvc.perform(get("/journeys").session(agent))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No journey has a touchpoint that you own yet.")))
			.andExpect(content().string(not(containsString("Start from a template above"))));
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/journeys").param("q", "no journey is called like this").session(viewer))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Start from a template above"))));
	}

	@Test
	void secondDesignerWithAStaleFormGetsAClearMessageAndNothingIsOverwritten() throws Exception {
		long id = createFromTemplate("hotel-stay");
		mvc.perform(post("/journeys/" + id + "/stages").param("revision", "0")
			.param("name", "Spa")
			.session(designer)
			.with(csrf())
			.header("Referer", "http://localhost/journeys/" + id)).andExpect(redirectedUrl("/journeys/" + id));
		MockHttpSession other = TestUsers.signInDemo(mvc, Role.ADMIN);
		mvc.perform(post("/journeys/" + id + "/stages").param("revision", "0")
			.param("name", "Pool")
			.session(other)
			.with(csrf())
			.header("Referer", "http://localhost/journeys/" + id))
			.andExpect(redirectedUrl("/journeys/" + id))
			.andExpect(flash().attribute("error", containsString("Someone else changed this journey")));
		assertThat(jdbc.sql("select count(*) from journey_stage where journey_id = :j and name = 'Pool'")
			.param("j", id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void touchpointFormShowsErrorsNextToTheFieldsAndKeepsTheInput() throws Exception {
		long id = createFromTemplate("restaurant-visit");
		long stage = jdbc.sql("select min(id) from journey_stage where journey_id = :j")
			.param("j", id)
			.query(Long.class)
			.single();
		String existing = jdbc.sql("select name_en from touchpoint where journey_id = :j order by id")
			.param("j", id)
			.query(String.class)
			.list()
			.get(0);
		mvc.perform(post("/journeys/" + id + "/touchpoints").session(designer)
			.with(csrf())
			.param("revision", "0")
			.param("stageId", String.valueOf(stage))
			.param("nameEn", existing)
			.param("nameZh", "<b>新</b>")
			.param("designedEmotion", "1")
			.param("standards[0].name", "Greeting")
			.param("standards[0].direction", "AT_MOST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another touchpoint of this journey is already called")))
			.andExpect(content().string(containsString("A service standard needs a target value.")))
			.andExpect(content().string(containsString("&lt;b&gt;新&lt;/b&gt;")));
	}

	@Test
	void touchpointFormSavesStandardsAndKeywords() throws Exception {
		long id = createFromTemplate("retail-store-visit");
		long stage = jdbc.sql("select min(id) from journey_stage where journey_id = :j")
			.param("j", id)
			.query(Long.class)
			.single();
		mvc.perform(post("/journeys/" + id + "/touchpoints").session(designer)
			.with(csrf())
			.param("revision", "0")
			.param("stageId", String.valueOf(stage))
			.param("nameEn", "Parking")
			.param("nameZh", "停车")
			.param("channel", "IN_PERSON")
			.param("designedEmotion", "-1")
			.param("keywordsEn", "parking, car park")
			.param("keywordsZh", "停车，车位")
			.param("standards[0].name", "Free space")
			.param("standards[0].target", "95")
			.param("standards[0].direction", "AT_LEAST")
			.param("standards[0].unit", "%")
			.param("standards[1].name", "")
			.param("standards[1].direction", "AT_MOST")).andExpect(redirectedUrl("/journeys/" + id));
		mvc.perform(get("/journeys/" + id).session(designer))
			.andExpect(content().string(containsString("Free space ≥ 95 %")));
		assertThat(jdbc.sql("select keywords_zh from touchpoint where journey_id = :j and name_en = 'Parking'")
			.param("j", id)
			.query(String.class)
			.single()).isEqualTo("停车\n车位");
	}

	@Test
	void importShowsEveryProblemWithItsPathAndCreatesNothing() throws Exception {
		long before = jdbc.sql("select count(*) from journey").query(Long.class).single();
		mvc.perform(post("/journeys/import").session(designer)
			.with(csrf())
			.param("text",
					"{\"schema\":\"peakxm.journey/1\",\"name\":\"X\",\"stages\":[{\"name\":\"S\",\"touchpoints\":[{\"nameEn\":\"A\",\"designedEmotion\":9}]}]}"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"stages[0].touchpoints[0].designedEmotion: Designed emotion must be between -2 and +2, not 9.")));
		assertThat(jdbc.sql("select count(*) from journey").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void viewersSeeTheMapButNoEditButtons() throws Exception {
		long id = createFromTemplate("airline-trip");
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/journeys/" + id).session(viewer))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"publish\""))))
			.andExpect(content().string(not(containsString("Add stage"))));
		mvc.perform(get("/journeys/" + id + "/map").session(viewer))
			.andExpect(content().string(containsString("data-chart=")))
			.andExpect(content().string(containsString("Inflight wifi service")))
			.andExpect(content().string(containsString("Check-in agents, self-service kiosks")));
		mvc.perform(get("/journeys/" + id + "/stages/"
				+ jdbc.sql("select min(id) from journey_stage where journey_id = :j")
					.param("j", id)
					.query(Long.class)
					.single())
			.session(viewer)).andExpect(content().string(containsString("Website, mobile app, contact centre")));
		mvc.perform(post("/journeys/" + id + "/publish").param("revision", "0").session(viewer).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void mapOfAPublishedVersionStaysAsPublished() throws Exception {
		long id = createFromTemplate("restaurant-visit");
		mvc.perform(post("/journeys/" + id + "/publish").param("revision", "0").session(designer).with(csrf()))
			.andExpect(flash().attribute("success", "Version 1 published."));
		mvc.perform(post("/journeys/" + id).session(designer)
			.with(csrf())
			.param("revision", "1")
			.param("name", "Bistro evening")).andExpect(redirectedUrl("/journeys/" + id));
		mvc.perform(get("/journeys/" + id + "/map").param("version", "1").session(designer))
			.andExpect(content().string(containsString("Restaurant visit — v1")));
		mvc.perform(get("/journeys/" + id + "/versions").param("from", "1").param("to", "0").session(designer))
			.andExpect(content().string(containsString("Bistro evening")));
	}

	@Test
	void publishingAgainWithoutAChangeSaysSoAndAddsNoVersion() throws Exception {
		long id = createFromTemplate("retail-store-visit");
		mvc.perform(post("/journeys/" + id + "/publish").param("revision", "0").session(designer).with(csrf()))
			.andExpect(flash().attribute("success", "Version 1 published."));
		mvc.perform(post("/journeys/" + id + "/publish").param("revision", "1")
			.session(designer)
			.with(csrf())
			.header("Referer", "http://localhost/journeys/" + id))
			.andExpect(redirectedUrl("/journeys/" + id))
			.andExpect(flash().attribute("error", "Nothing changed since version 1: no new version was published."));
		assertThat(jdbc.sql("select count(*) from journey_version where journey_id = :j")
			.param("j", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long createFromTemplate(String template) throws Exception {
		String location = mvc.perform(post("/journeys").param("template", template).session(designer).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
