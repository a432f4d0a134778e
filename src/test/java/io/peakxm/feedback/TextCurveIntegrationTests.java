package io.peakxm.feedback;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestEvents;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Peak Experience Management's second signal: the demo journey analysed from its reviews
 * alone finds the baggage valley of the last 30 days, and the emotional curve page shows
 * what customers wrote next to the ratings.
 */
@PeakXmIntegrationTest
class TextCurveIntegrationTests {

	@Autowired
	TextFigures figures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reviewsAloneShowTheBaggageValleyOfTheLastThirtyDays() {
		TestEvents.awaitCompletion(jdbc);
		var viewer = TestUsers.demoActor(jdbc, Role.VIEWER);
		long journey = jdbc.sql("select min(id) from journey where name = 'Fly with us'").query(Long.class).single();
		// The demo's last 30 days up to yesterday: other tests add feedback written
		// today.
		LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
		TextCurve curve = figures.journeyCurve(viewer, journey, yesterday.minusDays(29), yesterday,
				FeedbackSource.REVIEW);
		assertThat(curve.points()).hasSize(17);
		assertThat(curve.clearValley()).isTrue();
		assertThat(curve.valley().name().en()).isEqualTo("Baggage handling");
		assertThat(curve.valley().mean().value()).isLessThan(0);
		assertThat(curve.valleyVersusRest().difference()).isNegative();
		assertThat(curve.points().stream().filter(p -> p.mean().n() == 0)).allMatch(TextCurve.Point::hidden);
	}

	@Test
	void theCurvePageShowsWhatCustomersWroteNextToTheRatings() throws Exception {
		TestEvents.awaitCompletion(jdbc);
		var analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		long survey = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
		mvc.perform(get("/insights/curve").param("survey", String.valueOf(survey)).session(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"text-curve-table\"")))
			.andExpect(content().string(containsString("&quot;written&quot;:[")));
		long journey = jdbc.sql("select min(id) from journey where name = 'Fly with us'").query(Long.class).single();
		mvc.perform(get("/api/v1/feedback/journey-curve").param("journey", String.valueOf(journey))
			.param("source", "review")
			.param("to", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
			.param("from", LocalDate.now(ZoneOffset.UTC).minusDays(30).toString())
			.session(analyst))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valley.name.en").value("Baggage handling"));
		mvc.perform(get("/api/v1/feedback/journey-curve").param("journey", "999999").session(analyst))
			.andExpect(status().isNotFound());
	}

}
