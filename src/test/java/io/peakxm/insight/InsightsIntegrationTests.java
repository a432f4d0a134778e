package io.peakxm.insight;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's post-flight responses carry a built-in peak-end effect (the generator weighs
 * peak and end above the mean): the analysis streamed from the database must find it, and
 * the curve must follow the journey.
 */
@PeakXmIntegrationTest
class InsightsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long survey() {
		return jdbc.sql("""
				select min(s.id) from survey s join workspace w on w.id = s.workspace_id
				where w.demo = true and s.status = 'OPEN' and s.definition like '%Post-flight%'""")
			.query(Long.class)
			.single();
	}

	@Test
	void peakEndAnalysisFindsThePeakEndEffectBuiltIntoTheDemo() throws Exception {
		mvc.perform(get("/api/v1/insights/peak-end").param("survey", String.valueOf(survey()))
			.session(TestUsers.signInDemo(mvc, Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict.better").value("PEAK_END"))
			.andExpect(jsonPath("$.used").value(greaterThan(2000)))
			.andExpect(jsonPath("$.peakEnd.adjustedRSquared").value(greaterThan(0.3)))
			.andExpect(jsonPath("$.peakEnd.weights[0].interval.low").isNumber());
	}

	@Test
	void keyDriversSumToTheModelsRSquaredAndTheEndMomentLeads() throws Exception {
		String body = mvc
			.perform(get("/api/v1/insights/drivers").param("survey", String.valueOf(survey()))
				.session(TestUsers.signInDemo(mvc, Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.drivers[0].name.en").value("Baggage handling"))
			.andExpect(jsonPath("$.drivers[0].aboveNoise").value(true))
			.andExpect(jsonPath("$.used").value(greaterThan(100)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var json = new tools.jackson.databind.ObjectMapper().readTree(body);
		double sum = 0;
		double shares = 0;
		for (var driver : json.get("drivers")) {
			sum += driver.get("weight").asDouble();
			shares += driver.get("share").asDouble();
			org.assertj.core.api.Assertions.assertThat(driver.get("weightLow").asDouble())
				.isLessThanOrEqualTo(driver.get("weightHigh").asDouble());
		}
		org.assertj.core.api.Assertions.assertThat(sum)
			.isCloseTo(json.get("rSquared").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
		org.assertj.core.api.Assertions.assertThat(shares).isCloseTo(100, org.assertj.core.api.Assertions.within(1e-6));
		// Importance–performance matrix: each touchpoint's quadrant follows from the mean
		// importance and performance.
		double importanceMean = 0;
		double performanceMean = 0;
		for (var driver : json.get("drivers")) {
			importanceMean += driver.get("share").asDouble() / json.get("drivers").size();
			performanceMean += driver.get("performance").asDouble() / json.get("drivers").size();
		}
		org.assertj.core.api.Assertions.assertThat(json.get("importanceSplit").asDouble())
			.isCloseTo(importanceMean, org.assertj.core.api.Assertions.within(1e-9));
		int concentrate = 0;
		for (var driver : json.get("drivers")) {
			boolean important = driver.get("share").asDouble() >= importanceMean;
			boolean good = driver.get("performance").asDouble() >= performanceMean;
			String expected = important ? (good ? "KEEP_UP" : "CONCENTRATE_HERE")
					: (good ? "POSSIBLE_OVERKILL" : "LOW_PRIORITY");
			org.assertj.core.api.Assertions.assertThat(driver.get("quadrant").asString())
				.as(driver.get("name").get("en").asString())
				.isEqualTo(expected);
			concentrate += expected.equals("CONCENTRATE_HERE") ? 1 : 0;
		}
		org.assertj.core.api.Assertions.assertThat(json.get("concentrateHere").size()).isEqualTo(concentrate);
	}

	@Test
	void theCurveFollowsTheJourneyAndNeedsTheAnalyticsPermission() throws Exception {
		mvc.perform(get("/api/v1/insights/curve").param("survey", String.valueOf(survey()))
			.session(TestUsers.signInDemo(mvc, Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.points[0].name.en").value("Online booking"))
			.andExpect(jsonPath("$.points[?(@.endMoment == true)].name.en")
				.value(org.hamcrest.Matchers.contains("Baggage handling")))
			.andExpect(jsonPath("$.points[0].measured.count").value(greaterThan(1000)));
		mvc.perform(get("/api/v1/insights/curve").param("survey", String.valueOf(survey()))
			.session(TestUsers.signInDemo(mvc, Role.VIEWER))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/insights/curve").param("survey", String.valueOf(survey()))
			.param("from", "2026-12-01")
			.param("to", "2026-01-01")
			.session(TestUsers.signInDemo(mvc, Role.ANALYST)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

}
