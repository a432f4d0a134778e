package io.peakxm.metrics;

import java.time.LocalDate;
import java.time.ZoneOffset;

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
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboards on the demo workspace: figures equal direct computation, filters, roles, exports. */
@PeakXmIntegrationTest
class MetricsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long survey;

	LocalDate today = LocalDate.now(ZoneOffset.UTC);

	@BeforeEach
	void demoSurvey() {
		survey = jdbc.sql("""
				select min(s.id) from survey s join workspace w on w.id = s.workspace_id
				where w.demo = true and s.status = 'OPEN' and s.definition like '%Post-flight%'""").query(Long.class).single();
		io.peakxm.TestEvents.awaitCompletion(jdbc);
	}

	@Test
	void overviewNpsEqualsADirectComputationOverTheResponses() throws Exception {
		LocalDate from = today.minusDays(89);
		var counts = jdbc.sql("""
				select sum(case when a.number_value >= 9 then 1 else 0 end) as p,
				       sum(case when a.number_value <= 6 then 1 else 0 end) as d, count(*) as n
				from response r join response_answer a on a.response_id = r.id
				where r.survey_id = :s and a.question_key = 'nps' and r.submitted_at >= :from""")
			.param("s", survey)
			.param("from", java.sql.Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
			.query((rs, i) -> new long[] { rs.getLong("p"), rs.getLong("d"), rs.getLong("n") })
			.single();
		double nps = 100.0 * (counts[0] - counts[1]) / counts[2];
		mvc.perform(get("/api/v1/metrics/overview").session(TestUsers.signInDemo(mvc, Role.ANALYST))
				.param("survey", String.valueOf(survey)).param("from", from.toString()).param("to", today.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tiles[0].measure").value("NPS"))
			.andExpect(jsonPath("$.tiles[0].estimate.n").value(counts[2]))
			.andExpect(jsonPath("$.tiles[0].estimate.value").value(org.hamcrest.Matchers.closeTo(nps, 1e-9), Double.class))
			.andExpect(jsonPath("$.tiles[0].vsPrevious.pValue").isNumber())
			.andExpect(jsonPath("$.trend").isNotEmpty());
	}

	@Autowired
	io.peakxm.survey.SurveyDesigner designer;

	@Autowired
	io.peakxm.response.ResponseRecorder recorder;

	@Test
	void anEmployeePulseShowsENpsFromItsRollups() throws Exception {
		long workspace = jdbc.sql("select id from workspace where demo = true").query(Long.class).single();
		long user = jdbc.sql("select id from app_user where email = 'designer@skyway.example'").query(Long.class).single();
		var actor = io.peakxm.workspace.Actor.ofUser(user, "designer@skyway.example", "Designer", workspace, "SkyWay Air",
				Role.DESIGNER, null);
		long id = designer.createFromTemplate(actor, "employee-pulse", null);
		var pulse = designer.open(actor, id, jdbc.sql("select revision from survey where id = :s").param("s", id)
			.query(Integer.class).single());
		int[] answers = { 10, 9, 9, 8, 7, 6, 3, 10, 9, 5 };
		for (int i = 0; i < answers.length; i++) {
			recorder.submit(pulse, new io.peakxm.response.Submission(io.peakxm.response.Channel.LINK, "en", null, null, null,
					"pulse-" + id + "-" + i, null, java.util.Map.of("enps", java.util.List.of(String.valueOf(answers[i]))),
					java.util.Map.of("team", "Gate crew")));
		}
		io.peakxm.TestEvents.awaitCompletion(jdbc);
		// 5 promoters (10, 9, 9, 10, 9), 3 detractors (6, 3, 5) of 10: eNPS = 100 * (5 - 3) / 10 = 20.
		mvc.perform(get("/api/v1/metrics/overview").session(TestUsers.signInDemo(mvc, Role.VIEWER))
				.param("survey", String.valueOf(id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tiles[0].label").value(org.hamcrest.Matchers.startsWith("eNPS")))
			.andExpect(jsonPath("$.tiles[0].estimate.n").value(10))
			.andExpect(jsonPath("$.tiles[0].estimate.value").value(org.hamcrest.Matchers.closeTo(20.0, 1e-9), Double.class));
	}

	@Test
	void theBaggageTouchpointDropsSignificantlyInTheLastMonth() throws Exception {
		String body = mvc.perform(get("/api/v1/metrics/touchpoints").session(TestUsers.signInDemo(mvc, Role.VIEWER))
				.param("survey", String.valueOf(survey)).param("from", today.minusDays(27).toString())
				.param("to", today.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Online booking"))
			.andReturn().getResponse().getContentAsString();
		var scores = new tools.jackson.databind.ObjectMapper().readTree(body);
		var baggage = java.util.stream.StreamSupport.stream(scores.spliterator(), false)
			.filter(s -> s.get("name").asString().equals("Baggage handling"))
			.findFirst()
			.orElseThrow();
		assertThat(baggage.get("mean").get("vsPrevious").get("difference").asDouble()).isLessThan(-0.5);
		assertThat(baggage.get("mean").get("vsPrevious").get("significant").asBoolean()).isTrue();
		var online = java.util.stream.StreamSupport.stream(scores.spliterator(), false)
			.filter(s -> s.get("name").asString().equals("Online booking")).findFirst().orElseThrow();
		assertThat(online.get("mean").get("vsPrevious").get("difference").asDouble()).isCloseTo(0, within(0.5));
	}

	@Test
	void pagesShowTilesTouchpointsAndDistributionsAndKeepTheFilterInTheUrl() throws Exception {
		MockHttpSession analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		mvc.perform(get("/metrics").session(analyst).param("survey", String.valueOf(survey)).param("granularity", "month")
				.param("from", today.minusDays(364).toString()).param("to", today.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"kpi-tiles\"")))
			.andExpect(content().string(containsString("data-kind=\"trend\"")))
			.andExpect(content().string(containsString("granularity=month")))
			.andExpect(content().string(containsString("cabin = Business")));
		mvc.perform(get("/metrics/touchpoints").session(analyst).param("survey", String.valueOf(survey)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Baggage handling")))
			.andExpect(content().string(containsString("data-kind=\"touchpoints\"")));
		mvc.perform(get("/metrics/distribution").session(analyst).param("survey", String.valueOf(survey))
				.param("question", "nps").param("by", "dimension:cabin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"breakdown-table\"")))
			.andExpect(content().string(containsString("Economy")));
		mvc.perform(get("/metrics").session(analyst).param("from", "31.12.2026"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("from: &#39;31.12.2026&#39; is not a date (yyyy-mm-dd).")));
		mvc.perform(get("/metrics").session(analyst).param("from", today.toString()).param("to", today.minusDays(3).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The start date is after the end date.")));
	}

	@Test
	void segmentsAndExportsFollowTheRoles() throws Exception {
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/api/v1/metrics/overview").session(viewer).param("dimension", "cabin:Business")
				.param("survey", String.valueOf(survey)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/metrics").session(viewer).param("survey", String.valueOf(survey)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("cabin = Business"))))
			.andExpect(content().string(not(containsString("data-testid=\"export-csv\""))));
		mvc.perform(get("/metrics/overview.csv").session(viewer)).andExpect(status().isForbidden());
		MockHttpSession analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		mvc.perform(get("/api/v1/metrics/overview").session(analyst).param("dimension", "cabin:Business")
				.param("survey", String.valueOf(survey)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tiles[0].estimate.n").isNumber());
		mvc.perform(get("/metrics/touchpoints.csv").session(analyst).param("survey", String.valueOf(survey)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("peakxm-touchpoints.csv")))
			.andExpect(content().string(containsString("Baggage handling")));
		mvc.perform(get("/metrics/distribution.xlsx").session(analyst).param("survey", String.valueOf(survey))
				.param("question", "nps"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
		mvc.perform(get("/api/v1/metrics/breakdown").session(analyst).param("question", "nps").param("by", "colour")
				.param("survey", String.valueOf(survey)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("by"));
	}

	@Test
	void anAdministratorRebuildsRollupsAndTheFiguresStayTheSame() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String before = mvc.perform(get("/api/v1/metrics/overview").session(admin).param("survey", String.valueOf(survey)))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post("/metrics/rebuild").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
		String after = mvc.perform(get("/api/v1/metrics/overview").session(admin).param("survey", String.valueOf(survey)))
			.andReturn().getResponse().getContentAsString();
		assertThat(after).isEqualTo(before);
		mvc.perform(post("/metrics/rebuild").session(TestUsers.signInDemo(mvc, Role.ANALYST)).with(csrf()))
			.andExpect(status().isForbidden());
	}
}
