package io.peakxm.metrics;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.fixtures.ResponseBuilder;
import io.peakxm.fixtures.SurveyBuilder;
import io.peakxm.workspace.Role;
import jakarta.servlet.http.Cookie;
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

/**
 * The dashboards on the demo workspace: figures equal direct computation, filters, roles,
 * exports.
 */
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
				where w.demo = true and s.status = 'OPEN' and s.definition like '%Post-flight%'""")
			.query(Long.class)
			.single();
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
			.param("survey", String.valueOf(survey))
			.param("from", from.toString())
			.param("to", today.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tiles[0].measure").value("NPS"))
			.andExpect(jsonPath("$.tiles[0].estimate.n").value(counts[2]))
			.andExpect(
					jsonPath("$.tiles[0].estimate.value").value(org.hamcrest.Matchers.closeTo(nps, 1e-9), Double.class))
			.andExpect(jsonPath("$.tiles[0].vsPrevious.pValue").isNumber())
			.andExpect(jsonPath("$.trend").isNotEmpty());
	}

	@Autowired
	io.peakxm.survey.SurveyDesigner designer;

	@Autowired
	io.peakxm.survey.Surveys surveys;

	@Autowired
	io.peakxm.response.ResponseRecorder recorder;

	@Test
	void anEmployeePulseShowsENpsFromItsRollups() throws Exception {
		var actor = TestUsers.demoActor(jdbc, Role.DESIGNER);
		var pulse = SurveyBuilder.fromTemplate("employee-pulse").open(designer, surveys, actor);
		long id = pulse.id();
		int[] answers = { 10, 9, 9, 8, 7, 6, 3, 10, 9, 5 };
		for (int i = 0; i < answers.length; i++) {
			ResponseBuilder.response()
				.answer("enps", answers[i])
				.hidden("team", "Gate crew")
				.key("pulse-" + id + "-" + i)
				.submit(recorder, pulse);
		}
		io.peakxm.TestEvents.awaitCompletion(jdbc);
		// 5 promoters (10, 9, 9, 10, 9), 3 detractors (6, 3, 5) of 10: eNPS = 100 * (5 -
		// 3) / 10 = 20.
		mvc.perform(get("/api/v1/metrics/overview").session(TestUsers.signInDemo(mvc, Role.VIEWER))
			.param("survey", String.valueOf(id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tiles[0].label.en").value(org.hamcrest.Matchers.startsWith("eNPS")))
			.andExpect(jsonPath("$.tiles[0].label.zh").value(org.hamcrest.Matchers.startsWith("eNPS · 您向朋友推荐")))
			.andExpect(jsonPath("$.tiles[0].estimate.n").value(10))
			.andExpect(jsonPath("$.tiles[0].estimate.value").value(org.hamcrest.Matchers.closeTo(20.0, 1e-9),
					Double.class));
	}

	@Test
	void aMeanFromFewAnswersKeepsItsIntervalOnTheScaleAndItsSmallSampleFlag() throws Exception {
		var actor = TestUsers.demoActor(jdbc, Role.DESIGNER);
		var hotel = SurveyBuilder.fromTemplate("hotel-stay").open(designer, surveys, actor);
		long id = hotel.id();
		int[] satisfaction = { 1, 2, 4, 5, 5 };
		for (int i = 0; i < satisfaction.length; i++) {
			ResponseBuilder.response()
				.answer("nps", 8)
				.answer("csat", satisfaction[i])
				.key("hotel-" + id + "-" + i)
				.submit(recorder, hotel);
		}
		io.peakxm.TestEvents.awaitCompletion(jdbc);
		// Mean 3.4, t interval 1.14 – 5.66 (EstimatesTests works it out); on a 1–5 scale
		// it ends at 5.
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/api/v1/metrics/overview").session(viewer).param("survey", String.valueOf(id)))
			.andExpect(jsonPath("$.tiles[2].label.en").value("Overall, how satisfied were you? · Ø"))
			.andExpect(
					jsonPath("$.tiles[2].estimate.value").value(org.hamcrest.Matchers.closeTo(3.4, 1e-9), Double.class))
			.andExpect(jsonPath("$.tiles[2].estimate.interval.low").value(org.hamcrest.Matchers.closeTo(1.1444, 1e-4),
					Double.class))
			.andExpect(jsonPath("$.tiles[2].estimate.interval.high").value(5.0));
		String page = mvc.perform(get("/metrics").session(viewer).param("survey", String.valueOf(id)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String tile = page.substring(page.indexOf("Overall, how satisfied were you? · Ø"));
		tile = tile.substring(0, tile.indexOf("</section>"));
		assertThat(tile).contains("95 % interval: 1.14 – 5.00", "n = 5", "n &lt; 30").doesNotContain("5.66");
	}

	@Test
	void theBaggageTouchpointDropsSignificantlyInTheLastMonth() throws Exception {
		String body = mvc
			.perform(get("/api/v1/metrics/touchpoints").session(TestUsers.signInDemo(mvc, Role.VIEWER))
				.param("survey", String.valueOf(survey))
				.param("from", today.minusDays(27).toString())
				.param("to", today.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name.en").value("Online booking"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var scores = new tools.jackson.databind.ObjectMapper().readTree(body);
		var baggage = java.util.stream.StreamSupport.stream(scores.spliterator(), false)
			.filter(s -> s.get("name").get("en").asString().equals("Baggage handling"))
			.findFirst()
			.orElseThrow();
		assertThat(baggage.get("mean").get("vsPrevious").get("difference").asDouble()).isLessThan(-0.5);
		assertThat(baggage.get("mean").get("vsPrevious").get("significant").asBoolean()).isTrue();
		var online = java.util.stream.StreamSupport.stream(scores.spliterator(), false)
			.filter(s -> s.get("name").get("en").asString().equals("Online booking"))
			.findFirst()
			.orElseThrow();
		assertThat(online.get("mean").get("vsPrevious").get("difference").asDouble()).isCloseTo(0, within(0.5));
	}

	@Test
	void aSignificantDeclineIsMarkedWorseInWordsAndRedNeverAsGreen() throws Exception {
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		String touchpoints = mvc
			.perform(get("/metrics/touchpoints").session(viewer)
				.param("survey", String.valueOf(survey))
				.param("from", today.minusDays(27).toString())
				.param("to", today.toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String baggage = row(touchpoints, "touchpoint-table", "Baggage handling");
		assertThat(baggage).contains("class=\"badge worse\"", "significantly worse", "▼", "−")
			.doesNotContain("badge better", "badge ok");

		// The demo's NPS falls over the last 30 days: the tile says by how much, in
		// points, and that it is worse.
		String overview = mvc.perform(get("/metrics").session(viewer).param("survey", String.valueOf(survey)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String npsTile = overview.substring(overview.indexOf("data-testid=\"kpi-tiles\""));
		npsTile = npsTile.substring(0, npsTile.indexOf("</section>"));
		assertThat(npsTile).containsPattern("Change vs previous period: −\\d+\\.\\d points")
			.contains("class=\"badge worse\"", "significantly worse");
	}

	@Test
	void aReaderWhosePagesAreInChineseSeesTheChineseNamesOfSurveysQuestionsStagesAndTouchpoints() throws Exception {
		// Chinese chosen on the sign-in page (a cookie; nothing saved for the user): the
		// pages are in Chinese, and
		// so must be the names that have a Chinese text.
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		Cookie chinese = new Cookie("peakxm-lang", "zh-CN");
		String touchpoints = mvc
			.perform(
					get("/metrics/touchpoints").session(viewer).cookie(chinese).param("survey", String.valueOf(survey)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String baggage = row(touchpoints, "touchpoint-table", "行李处理");
		assertThat(baggage).contains("行李提取").doesNotContain("Baggage");
		assertThat(touchpoints).contains("航后问卷").doesNotContain(">Baggage handling<");
		mvc.perform(get("/metrics").session(viewer).cookie(chinese).param("survey", String.valueOf(survey)))
			.andExpect(content().string(containsString("您向朋友或同事推荐我们的可能性有多大？")))
			.andExpect(content().string(not(containsString("How likely are you to recommend us"))));
		mvc.perform(get("/metrics/distribution").session(viewer)
			.cookie(chinese)
			.param("survey", String.valueOf(survey))
			.param("question", "touchpoints")).andExpect(content().string(containsString("您对此次行程的各个环节满意吗？")));
		// English readers keep the English names; the API gives both and lets the client
		// choose.
		mvc.perform(get("/metrics/touchpoints").session(viewer).param("survey", String.valueOf(survey)))
			.andExpect(content().string(containsString(">Baggage handling<")));
		mvc.perform(get("/api/v1/metrics/touchpoints").session(viewer).param("survey", String.valueOf(survey)))
			.andExpect(jsonPath("$[?(@.name.en == 'Baggage handling')].name.zh")
				.value(org.hamcrest.Matchers.contains("行李处理")))
			.andExpect(jsonPath("$[?(@.name.en == 'Baggage handling')].stage.zh")
				.value(org.hamcrest.Matchers.contains("行李提取")));
	}

	@Test
	void breakdownGroupsAreNamedAsTheFiltersNameThemAndNpsBarsByTheirGroup() throws Exception {
		MockHttpSession analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		String page = mvc
			.perform(get("/metrics/distribution").session(analyst)
				.param("survey", String.valueOf(survey))
				.param("question", "nps")
				.param("by", "channel")
				.param("from", today.minusDays(364).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String groups = page.substring(page.indexOf("data-testid=\"breakdown-table\""));
		assertThat(groups).contains(">e-mail<", ">link<").doesNotContain(">EMAIL<", ">LINK<");
		String bars = page.substring(page.indexOf("data-testid=\"distribution-table\""));
		assertThat(row(bars, "distribution-table", "bar-responses\">6<")).contains("detractor (0–6)");
		assertThat(row(bars, "distribution-table", "bar-responses\">8<")).contains("passive (7–8)");
		assertThat(row(bars, "distribution-table", "bar-responses\">10<")).contains("promoter (9–10)");
		String languages = mvc
			.perform(get("/metrics/distribution").session(analyst)
				.param("survey", String.valueOf(survey))
				.param("question", "nps")
				.param("by", "language"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(languages.substring(languages.indexOf("data-testid=\"breakdown-table\"")))
			.contains(">English<", ">中文<")
			.doesNotContain(">en<", ">zh-CN<");
	}

	@Test
	void touchpointRowsDistributionBarsBreakdownGroupsAndTrendPointsOpenTheResponsesBehindThem() throws Exception {
		MockHttpSession analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		String from = today.minusDays(27).toString();
		String to = today.toString();
		var json = new tools.jackson.databind.ObjectMapper();

		// A touchpoint row links to the responses that rated the touchpoint in the
		// period: as many as its n.
		String touchpoints = mvc
			.perform(get("/metrics/touchpoints").session(analyst)
				.param("survey", String.valueOf(survey))
				.param("from", from)
				.param("to", to)
				.param("dimension", "cabin:Economy"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var scores = json.readTree(mvc.perform(get("/api/v1/metrics/touchpoints").session(analyst)
			.param("survey", String.valueOf(survey))
			.param("from", from)
			.param("to", to)
			.param("dimension", "cabin:Economy")).andReturn().getResponse().getContentAsString());
		long baggageN = java.util.stream.StreamSupport.stream(scores.spliterator(), false)
			.filter(s -> s.get("name").get("en").asString().equals("Baggage handling"))
			.findFirst()
			.orElseThrow()
			.get("mean")
			.get("estimate")
			.get("n")
			.asLong();
		String baggage = link(row(touchpoints, "touchpoint-table", ">Baggage handling<"));
		assertThat(baggage).contains("from=" + from, "to=" + to, "field=cabin%3DEconomy", "question=touchpoints",
				"row=tp_");
		assertThat(baggageN).isPositive();
		assertThat(responsesBehind(analyst, baggage)).isEqualTo(baggageN);
		mvc.perform(get(java.net.URI.create(baggage)).session(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"answer-filter\"")))
			.andExpect(content().string(containsString("Baggage handling")));

		// A distribution bar links to the responses that gave that score.
		String distribution = mvc
			.perform(get("/metrics/distribution").session(analyst)
				.param("survey", String.valueOf(survey))
				.param("question", "nps")
				.param("by", "channel")
				.param("from", from)
				.param("to", to))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var bars = json
			.readTree(mvc.perform(get("/api/v1/metrics/distribution").session(analyst)
				.param("survey", String.valueOf(survey))
				.param("question", "nps")
				.param("from", from)
				.param("to", to)).andReturn().getResponse().getContentAsString())
			.get("bars");
		assertThat(responsesBehind(analyst, link(row(distribution, "distribution-table", "bar-responses\">10<"))))
			.isEqualTo(bars.get(10).get("count").asLong());
		assertThat(responsesBehind(analyst, link(row(distribution, "distribution-table", "bar-responses\">3<"))))
			.isEqualTo(bars.get(3).get("count").asLong());

		// A breakdown group links to its responses: the e-mail ones.
		var breakdown = json.readTree(mvc.perform(get("/api/v1/metrics/breakdown").session(analyst)
			.param("survey", String.valueOf(survey))
			.param("question", "nps")
			.param("by", "channel")
			.param("from", from)
			.param("to", to)).andReturn().getResponse().getContentAsString());
		long email = java.util.stream.StreamSupport.stream(breakdown.get("groups").spliterator(), false)
			.filter(g -> g.get("key").asString().equals("EMAIL"))
			.findFirst()
			.orElseThrow()
			.get("figure")
			.get("estimate")
			.get("n")
			.asLong();
		assertThat(responsesBehind(analyst, link(row(distribution, "breakdown-table", ">e-mail<")))).isEqualTo(email);

		// Each point of the trend carries the link to its bucket's responses (the chart
		// opens it on a click).
		String overview = mvc
			.perform(get("/metrics").session(analyst)
				.param("survey", String.valueOf(survey))
				.param("from", from)
				.param("to", to)
				.param("granularity", "week"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var chart = json.readTree(org.springframework.web.util.HtmlUtils
			.htmlUnescape(overview.replaceAll("(?s).*data-kind=\"trend\"[^>]*data-chart=\"([^\"]*)\".*", "$1")));
		for (int i = 0; i < chart.get("counts").size(); i++) {
			if (chart.get("counts").get(i).asLong() == 0) {
				continue;
			}
			assertThat(responsesBehind(analyst, chart.get("responses").get(i).asString()))
				.as("responses behind trend point " + i)
				.isEqualTo(chart.get("counts").get(i).asLong());
		}

		// Someone who may not read single responses gets names without links, and a chart
		// without them.
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/metrics/touchpoints").session(viewer).param("survey", String.valueOf(survey)))
			.andExpect(content().string(not(containsString("/responses?"))));
		mvc.perform(get("/metrics/distribution").session(viewer)
			.param("survey", String.valueOf(survey))
			.param("question", "nps")).andExpect(content().string(not(containsString("/responses?"))));
		mvc.perform(get("/metrics").session(viewer).param("survey", String.valueOf(survey)))
			.andExpect(content().string(not(containsString("/responses?"))));
	}

	/** The first link's target in a piece of a page, unescaped. */
	private static String link(String html) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("a link in " + html).isTrue();
		return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
	}

	/**
	 * How many responses the responses page lists for a link to it (read through its API
	 * twin).
	 */
	private long responsesBehind(MockHttpSession session, String link) throws Exception {
		assertThat(link).startsWith("/surveys/" + survey + "/responses?");
		String body = mvc.perform(get(java.net.URI.create("/api/v1" + link)).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new tools.jackson.databind.ObjectMapper().readTree(body).get("total").asLong();
	}

	/**
	 * The row of the page's table {@code table} (its data-testid) that names
	 * {@code name}.
	 */
	private static String row(String html, String table, String name) {
		int at = html.indexOf(name, html.indexOf("data-testid=\"" + table + "\""));
		assertThat(at).as(name + " on the page").isPositive();
		return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
	}

	@Test
	void pagesShowTilesTouchpointsAndDistributionsAndKeepTheFilterInTheUrl() throws Exception {
		MockHttpSession analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		mvc.perform(get("/metrics").session(analyst)
			.param("survey", String.valueOf(survey))
			.param("granularity", "month")
			.param("from", today.minusDays(364).toString())
			.param("to", today.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"kpi-tiles\"")))
			.andExpect(content().string(containsString("data-kind=\"trend\"")))
			.andExpect(content().string(containsString("granularity=month")))
			.andExpect(content().string(containsString("cabin = Business")));
		mvc.perform(get("/metrics/touchpoints").session(analyst).param("survey", String.valueOf(survey)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Baggage handling")))
			.andExpect(content().string(containsString("data-kind=\"touchpoints\"")));
		mvc.perform(get("/metrics/distribution").session(analyst)
			.param("survey", String.valueOf(survey))
			.param("question", "nps")
			.param("by", "dimension:cabin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"breakdown-table\"")))
			.andExpect(content().string(containsString("Economy")));
		mvc.perform(get("/metrics").session(analyst).param("from", "31.12.2026"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("from: &#39;31.12.2026&#39; is not a date (yyyy-mm-dd).")));
		mvc.perform(get("/metrics").session(analyst)
			.param("from", today.toString())
			.param("to", today.minusDays(3).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The start date is after the end date.")));
	}

	@Test
	void segmentsAndExportsFollowTheRoles() throws Exception {
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/api/v1/metrics/overview").session(viewer)
			.param("dimension", "cabin:Business")
			.param("survey", String.valueOf(survey))).andExpect(status().isForbidden());
		mvc.perform(get("/metrics").session(viewer).param("survey", String.valueOf(survey)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("cabin = Business"))))
			.andExpect(content().string(not(containsString("data-testid=\"export-csv\""))));
		mvc.perform(get("/metrics/overview.csv").session(viewer)).andExpect(status().isForbidden());
		MockHttpSession analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		mvc.perform(get("/api/v1/metrics/overview").session(analyst)
			.param("dimension", "cabin:Business")
			.param("survey", String.valueOf(survey)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tiles[0].estimate.n").isNumber());
		mvc.perform(get("/metrics/touchpoints.csv").session(analyst).param("survey", String.valueOf(survey)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("peakxm-touchpoints.csv")))
			.andExpect(content().string(containsString("Baggage handling")));
		mvc.perform(get("/metrics/distribution.xlsx").session(analyst)
			.param("survey", String.valueOf(survey))
			.param("question", "nps"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
		mvc.perform(get("/api/v1/metrics/breakdown").session(analyst)
			.param("question", "nps")
			.param("by", "colour")
			.param("survey", String.valueOf(survey)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("by"));
	}

	@Test
	void anAdministratorRebuildsRollupsAndTheFiguresStayTheSame() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String before = mvc
			.perform(get("/api/v1/metrics/overview").session(admin).param("survey", String.valueOf(survey)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(post("/metrics/rebuild").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
		String after = mvc
			.perform(get("/api/v1/metrics/overview").session(admin).param("survey", String.valueOf(survey)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).isEqualTo(before);
		mvc.perform(post("/metrics/rebuild").session(TestUsers.signInDemo(mvc, Role.ANALYST)).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
