package io.peakxm.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestEvents;
import io.peakxm.TestUsers;
import io.peakxm.metrics.Metrics;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Permission;
import io.peakxm.workspace.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page on the demo workspace: what moved lately, over the dashboards' period,
 * for those who may see it.
 */
@PeakXmIntegrationTest
class HomeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Metrics metrics;

	long survey;

	LocalDate today = LocalDate.now(ZoneOffset.UTC);

	@BeforeEach
	void demoSurvey() {
		survey = jdbc.sql("""
				select min(s.id) from survey s join workspace w on w.id = s.workspace_id
				where w.demo = true and s.status = 'OPEN' and s.definition like '%Post-flight%'""")
			.query(Long.class)
			.single();
		TestEvents.awaitCompletion(jdbc);
	}

	@Test
	void theDemosNpsDropAndTheBaggageDeclineAreOnTheHomePageMarkedWorse() throws Exception {
		for (Role role : new Role[] { Role.ANALYST, Role.AGENT, Role.VIEWER }) {
			String home = home(TestUsers.signInDemo(mvc, role), null);
			String kpis = section(home, "home-kpis");
			assertThat(kpis).as(role.name()).contains("Post-flight survey", "href=\"/metrics?survey=" + survey + "\"");
			String nps = tileAfter(kpis, "Post-flight survey");
			assertThat(nps).containsPattern("Change vs previous period: −\\d+\\.\\d points")
				.contains("class=\"badge worse\"", "significantly worse");
			String baggage = rowOf(section(home, "home-movers"), "Baggage handling");
			assertThat(baggage).contains("Baggage", "class=\"badge worse\"", "significantly worse",
					"href=\"/metrics/touchpoints?survey=" + survey + "\"");
		}
	}

	@Test
	void theHomePageSaysItsPeriodAndShowsWhatTheDashboardsShowForIt() throws Exception {
		MockHttpSession analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		String home = home(analyst, null);
		assertThat(section(home, "home-kpis")).contains("The last 30 days, " + today.minusDays(29) + " to " + today
				+ ", compared with " + today.minusDays(59) + " to " + today.minusDays(30));
		String dashboard = mvc.perform(get("/metrics").session(analyst).param("survey", String.valueOf(survey)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String onDashboard = dashboard.substring(dashboard.indexOf("data-testid=\"kpi-tiles\""));
		assertThat(value(tileAfter(section(home, "home-kpis"), "Post-flight survey"))).isEqualTo(value(onDashboard));
	}

	@Test
	void theHomePageNamesSurveysAndTouchpointsInTheReadersLanguage() throws Exception {
		String home = home(TestUsers.signInDemo(mvc, Role.VIEWER), new Cookie("peakxm-lang", "zh-CN"));
		assertThat(section(home, "home-kpis")).contains("航后问卷", "较上一周期的变化", "显著变差");
		assertThat(section(home, "home-movers")).contains("行李处理").doesNotContain("Baggage handling");
	}

	@Test
	void readersWithoutTheDashboardPermissionGetNoFigures() {
		Actor viewer = TestUsers.demoActor(jdbc, Role.VIEWER);
		Set<Permission> withoutDashboards = EnumSet.copyOf(viewer.permissions());
		withoutDashboards.remove(Permission.DASHBOARD_VIEW);
		Actor reader = new Actor(viewer.userId(), viewer.email(), viewer.displayName(), viewer.workspaceId(),
				viewer.workspaceName(), viewer.role(), null, Set.of(), withoutDashboards, null);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> metrics.highlights(reader));
		assertThat(metrics.highlights(viewer).surveys()).isNotEmpty();
	}

	private String home(MockHttpSession session, Cookie language) throws Exception {
		var request = get("/").session(session);
		if (language != null) {
			request.cookie(language);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** A section of the home page: from its test id to the next section of the page. */
	private static String section(String html, String testId) {
		int start = html.indexOf("data-testid=\"" + testId + "\"");
		assertThat(start).as(testId + " on the home page").isPositive();
		int next = html.indexOf("class=\"home-section\"", start);
		return html.substring(start, next > 0 ? next : html.indexOf("class=\"cards\"", start));
	}

	/** The first tile after a survey's heading. */
	private static String tileAfter(String html, String survey) {
		int start = html.indexOf("class=\"tile", html.indexOf(survey));
		return html.substring(start, html.indexOf("</section>", start));
	}

	private static String rowOf(String html, String name) {
		int at = html.indexOf(name);
		assertThat(at).as(name).isPositive();
		return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
	}

	private static String value(String tile) {
		Matcher m = Pattern.compile("class=\"tile-value\">([^<]+)<").matcher(tile);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

}
