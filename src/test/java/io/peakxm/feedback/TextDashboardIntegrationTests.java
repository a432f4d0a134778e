package io.peakxm.feedback;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestEvents;
import io.peakxm.TestUsers;
import io.peakxm.feedback.TextDashboard.TopicFigure;
import io.peakxm.feedback.TextDashboard.TouchpointSentiment;
import io.peakxm.feedback.TextFigures.TextQuery;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The text dashboards on the demo, whose reviews tell the survey's story: baggage
 * handling clearly more negative in the last 30 days, and the baggage topics rising.
 */
@PeakXmIntegrationTest
class TextDashboardIntegrationTests {

	@Autowired
	TextFigures figures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void baggageTurnsSignificantlyMoreNegativeAndItsTopicRises() {
		TestEvents.awaitCompletion(jdbc);
		var analyst = TestUsers.demoActor(jdbc, Role.ANALYST);
		// The demo's last 30 days up to yesterday: other tests add feedback written
		// today.
		LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
		TextDashboard dashboard = figures.dashboard(analyst,
				new TextQuery(yesterday.minusDays(29), yesterday, null, null, null));
		assertThat(dashboard.items()).isPositive();
		TouchpointSentiment baggage = dashboard.touchpoints()
			.stream()
			.filter(t -> t.name().en().equals("Baggage handling"))
			.findFirst()
			.orElseThrow();
		assertThat(baggage.hidden()).isFalse();
		assertThat(baggage.negativeChange().significant()).as("%s", baggage).isTrue();
		assertThat(baggage.negativeChange().difference()).isPositive();
		assertThat(baggage.negativeShare().interval().contains(baggage.negativeShare().value())).isTrue();
		// The figures are the database's sums: n equals the clauses stored for the
		// touchpoint in the period.
		long clauses = jdbc.sql("""
				select count(*) from feedback_aspect a join feedback_item i on i.id = a.item_id
				where a.touchpoint_id = :tp and i.written_day >= :from and i.written_day <= :to""")
			.param("tp", baggage.touchpointId())
			.param("from", dashboard.from())
			.param("to", dashboard.to())
			.query(Long.class)
			.single();
		assertThat(baggage.mean().n()).isEqualTo(clauses);
		TopicFigure lost = dashboard.topics()
			.stream()
			.filter(t -> t.name().en().startsWith("Lost or damaged"))
			.findFirst()
			.orElseThrow();
		assertThat(lost.rising()).as("%s", dashboard.topics()).isTrue();
		assertThat(lost.share().value()).isCloseTo(100.0 * lost.count() / dashboard.items(), within(1e-9));
		assertThat(dashboard.rising()).allMatch(t -> t.shareChange().difference() > 0);
		assertThat(dashboard.trend()).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void viewersSeeTheFiguresWithoutLinksToTheTextsAndBadDatesAreNamed() throws Exception {
		var viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/feedback/dashboard").session(viewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"touchpoint-sentiment\"")))
			.andExpect(content().string(not(containsString("/feedback?from="))));
		mvc.perform(get("/feedback/dashboard").session(TestUsers.signInDemo(mvc, Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/feedback?from=")));
		mvc.perform(get("/feedback/dashboard").param("from", "2026-13-01").session(viewer))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("2026-13-01")));
		mvc.perform(get("/api/v1/feedback/dashboard").param("language", "fr").session(viewer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("language"));
	}

}
