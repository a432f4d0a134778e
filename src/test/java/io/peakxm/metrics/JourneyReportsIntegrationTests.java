package io.peakxm.metrics;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the journey map draws next to the designed curve: per touchpoint of the demo
 * airline journey, the post-flight survey's mean rating − 3 and n over the last 30 days —
 * the same figures as the touchpoint dashboard.
 */
@PeakXmIntegrationTest
class JourneyReportsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JourneyReports reports;

	@Autowired
	Metrics metrics;

	@Test
	void reportsThePostFlightSurveysTouchpointScoresOfTheLast30DaysWithN() {
		Actor analyst = TestUsers.demoActor(jdbc, Role.ANALYST);
		long airline = jdbc.sql("select min(id) from journey where published_version is not null")
			.query(Long.class)
			.single();
		long postFlight = jdbc
			.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();

		JourneyReports.Report report = reports.report(analyst, airline, null);

		assertThat(report.survey().id()).isEqualTo(postFlight);
		assertThat(report.survey().title().in(java.util.Locale.ENGLISH)).isEqualTo("Post-flight survey");
		assertThat(report.survey().title().in(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("航后问卷");
		assertThat(report.to().minusDays(29)).isEqualTo(report.from());
		var query = new MetricsQuery(postFlight, null, null, null, null, null, null);
		var dashboard = metrics.touchpoints(analyst, metrics.survey(analyst, query), query);
		assertThat(report.touchpoints()).hasSize(17).hasSameSizeAs(dashboard);
		for (int i = 0; i < dashboard.size(); i++) {
			TouchpointScore score = dashboard.get(i);
			JourneyReports.Reported reported = report.touchpoints().get(i);
			assertThat(reported.touchpointId()).isEqualTo(score.touchpointId());
			assertThat(reported.n()).isEqualTo(score.mean().estimate().n()).isPositive();
			assertThat(reported.emotion()).isEqualTo(Math.round((score.mean().estimate().value() - 3) * 100) / 100.0);
		}
	}

	@Test
	void saysWhenNoSurveyIsAboutTheJourneyAndRefusesAnotherJourneysSurvey() throws Exception {
		MockHttpSession analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		MockHttpSession designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
		String created = mvc
			.perform(post("/api/v1/journeys").session(designer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Lounge visit\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long lounge = JsonMapper.builder().build().readTree(created).get("id").asLong();
		long postFlight = jdbc
			.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
		// The API names each survey in the caller's language, a plain text as the journey
		// map's picker shows it.
		long airline = jdbc.sql("select min(id) from journey where published_version is not null")
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/metrics/journey-reports").param("journey", String.valueOf(airline)).session(analyst))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.survey.id").value(postFlight))
			.andExpect(jsonPath("$.survey.title").value("Post-flight survey"))
			.andExpect(jsonPath("$.surveys[0].title").isString());
		mvc.perform(get("/api/v1/metrics/journey-reports").param("journey", String.valueOf(lounge)).session(analyst))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.survey").doesNotExist())
			.andExpect(jsonPath("$.surveys").isEmpty())
			.andExpect(jsonPath("$.touchpoints").isEmpty());
		mvc.perform(get("/api/v1/metrics/journey-reports").param("journey", String.valueOf(lounge))
			.param("survey", String.valueOf(postFlight))
			.session(analyst))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("survey"));
		mvc.perform(get("/api/v1/metrics/journey-reports").param("journey", "not-a-number").session(analyst))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/metrics/journey-reports").param("journey", "999999999").session(analyst))
			.andExpect(status().isNotFound());
	}

}
