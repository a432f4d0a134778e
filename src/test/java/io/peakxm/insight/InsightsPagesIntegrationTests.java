package io.peakxm.insight;

import java.util.Locale;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The insight pages on the demo's post-flight survey: each page states its findings in
 * words with the numbers of the analysis, keeps the filter in the URL, names bad filters
 * next to their field, explains why there are no figures, escapes what users typed, and
 * is for those who may view analytics only.
 */
@PeakXmIntegrationTest
class InsightsPagesIntegrationTests {

	static final String[] PAGES = { "/insights", "/insights/curve", "/insights/peak-end", "/insights/drivers",
			"/insights/matrix", "/insights/recommendations", "/insights/prediction" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession analyst;

	String survey;

	@BeforeEach
	void signIn() throws Exception {
		analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		survey = String.valueOf(jdbc.sql("""
				select min(s.id) from survey s join workspace w on w.id = s.workspace_id
				where w.demo = true and s.status = 'OPEN' and s.definition like '%Post-flight%'""")
			.query(Long.class)
			.single());
	}

	@Test
	void peakEndPageStatesTheVerdictWithTheNumbersOfTheAnalysis() throws Exception {
		JsonNode fit = api("/api/v1/insights/peak-end");
		String adjusted = "adjusted R² " + two(fit.get("peakEnd").get("adjustedRSquared")) + " vs "
				+ two(fit.get("meanOnly").get("adjustedRSquared"));
		String error = "cross-validated error " + two(fit.get("peakEnd").get("crossValidatedRmse")) + " vs "
				+ two(fit.get("meanOnly").get("crossValidatedRmse"));
		String used = String.format(Locale.ENGLISH, "%,d", fit.get("used").asLong());
		mvc.perform(get("/insights/peak-end").session(analyst).param("survey", survey))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("explain the overall rating better than the average"),
					containsString(adjusted), containsString(error), containsString("(n = " + used + ")"),
					containsString("weighs most (standardized weight"), containsString("data-kind=\"peakEnd\""),
					containsString("data-testid=\"model-PEAK_END\""), containsString("data-testid=\"model-MEAN_ONLY\""),
					containsString("responses read from"), containsString(used + " used in the models"))));
	}

	@Test
	void everyPageShowsItsFindingsAndTheResponsesReadForAnAnalyst() throws Exception {
		JsonNode drivers = api("/api/v1/insights/drivers");
		JsonNode top = drivers.get("drivers").get(0);
		String topDriver = top.get("name").get("en").asString() + " explains "
				+ String.format(Locale.ROOT, "%.0f", top.get("share").asDouble()) + " % of R²";
		mvc.perform(get("/insights").session(analyst).param("survey", survey))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"insight-summary\""),
					containsString("is the low point for"), containsString("weighs most"), containsString(topDriver),
					containsString("href=\"/insights/peak-end?survey=" + survey + "\""),
					containsString("href=\"/insights/prediction?survey=" + survey + "\""),
					containsString("responses read from"))));
		mvc.perform(get("/insights/curve").session(analyst).param("survey", survey))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("is the low point for"), containsString("% of customers"),
					containsString("data-kind=\"curve\""), containsString("Baggage handling"),
					containsString("data-testid=\"curve-table\""), containsString("rate at least two touchpoints"))));
		mvc.perform(get("/insights/drivers").session(analyst).param("survey", survey))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(topDriver), containsString("above noise"),
					containsString("data-kind=\"drivers\""),
					containsString("used (every touchpoint and the outcome answered)"))));
		mvc.perform(get("/insights/matrix").session(analyst).param("survey", survey))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-kind=\"matrix\""), containsString("Keep up the good work"),
						containsString("Possible overkill"), containsString("Concentrate here"))));
		mvc.perform(get("/insights/recommendations").session(analyst).param("survey", survey))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"recommendation\""),
					containsString("by one point is expected to"),
					containsString("the likelihood to recommend (0–10)"))));
	}

	@Test
	void theOverviewListsTheRecommendationsWorthMostAndNeverAHintBeforeASignificantOne() throws Exception {
		JsonNode recommendations = api("/api/v1/insights/recommendations");
		boolean hintSeen = false;
		double previous = Double.POSITIVE_INFINITY;
		for (JsonNode r : recommendations) {
			boolean supported = r.get("supported").asBoolean();
			assertThat(supported && hintSeen).as("a significant recommendation after a hint").isFalse();
			if (!supported && !hintSeen) {
				hintSeen = true;
				previous = Double.POSITIVE_INFINITY;
			}
			assertThat(r.get("effect").asDouble()).isLessThanOrEqualTo(previous);
			previous = r.get("effect").asDouble();
		}
		// The demo's generator weighs the end most and the last month's baggage handling
		// drops: the strongest.
		assertThat(recommendations.get(0).get("kind").asString()).isEqualTo("RAISE_END");
		String html = mvc.perform(get("/insights").session(analyst).param("survey", survey))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int first = html.indexOf("data-testid=\"summary-recommendation\"");
		assertThat(first).isPositive();
		assertThat(html.substring(first, first + 400)).contains("Raise the end: Baggage handling")
			.contains("points per rating point");
	}

	@Test
	void predictionPageShowsTheHeldOutQualityOfTheModelTheApiReturnsAndTheResponsesAtRisk() throws Exception {
		JsonNode prediction = api("/api/v1/insights/prediction");
		assertThat(prediction.get("accuracy").asDouble())
			.isGreaterThan(prediction.get("labelled").asDouble() > 0 ? 0.7 : 1);
		assertThat(prediction.get("auc").asDouble()).isGreaterThan(0.75);
		assertThat(prediction.get("factors").size()).isGreaterThan(3);
		assertThat(prediction.get("trainingRows").asInt() + prediction.get("heldOutRows").asInt())
			.isEqualTo(prediction.get("labelled").asInt());
		// The list is for customers who have not said they are dissatisfied: no detractor
		// (0–6) on it.
		for (JsonNode r : prediction.get("atRisk")) {
			assertThat(r.get("outcome").isNull() || r.get("outcome").asDouble() >= 7).as(r.toString()).isTrue();
			assertThat(r.get("probability").asDouble()).isGreaterThanOrEqualTo(0.5);
		}
		assertThat(prediction.get("candidates").asInt()).isLessThan(prediction.get("scored").asInt());
		boolean forest = prediction.get("auc").asDouble() >= prediction.get("baselineAuc").asDouble();
		assertThat(prediction.get("scoredBy").asString()).isEqualTo(forest ? "FOREST" : "LOGISTIC_BASELINE");
		String accuracy = String.format(Locale.ENGLISH, "%.1f %%", 100 * prediction.get("accuracy").asDouble());
		mvc.perform(get("/insights/prediction").session(analyst).param("survey", survey))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("recognises dissatisfied customers correctly"),
					containsString("data-testid=\"accuracy\">" + accuracy),
					containsString("data-testid=\"factors-chart\""), containsString("The strongest factors are"),
					containsString("Customers at risk who have not said so"),
					containsString("Risks are scored by the " + (forest ? "random forest" : "logistic regression")),
					containsString("who have not said they are dissatisfied"),
					containsString(prediction.get("factors").get(0).get("name").get("en").asString()))));
	}

	@Test
	void theFilterStaysInTheUrlAndSegmentsComeFromTheSurvey() throws Exception {
		mvc.perform(get("/insights/drivers").session(analyst)
			.param("survey", survey)
			.param("segment", "cabin:Business")
			.param("from", "2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<optgroup label=\"cabin\">"),
					containsString("value=\"cabin:Business\" selected=\"selected\""),
					containsString("href=\"/insights/matrix?survey=" + survey
							+ "&amp;from=2026-01-01&amp;segment=cabin%3ABusiness\""))));
	}

	@Test
	void chineseReadersGetTheFindingsInChinese() throws Exception {
		// The saved choice wins over the browser's language (another test may have saved
		// one), so choose Chinese.
		mvc.perform(post("/locale").session(analyst).with(csrf()).param("lang", "zh-CN"));
		try {
			mvc.perform(get("/insights/peak-end").session(analyst).param("survey", survey))
				.andExpect(status().isOk())
				.andExpect(content()
					.string(allOf(containsString("比平均值更能解释总体评分"), containsString("的权重最大"), containsString("仅均值模型"))));
		}
		finally {
			mvc.perform(post("/locale").session(analyst).with(csrf()).param("lang", "en"));
		}
	}

	@Test
	void aReaderWhoseBrowserAsksForChineseSeesTheChineseNamesOfTheData() throws Exception {
		// A new member has saved no language: the page follows the browser's, and so must
		// the names in it.
		String email = TestUsers.uniqueEmail("zh-analyst");
		TestUsers.addMember(mvc, TestUsers.signInDemo(mvc, Role.ADMIN), email, Role.ANALYST, TestUsers.DEMO_PASSWORD);
		MockHttpSession reader = TestUsers.signIn(mvc, email, TestUsers.DEMO_PASSWORD);
		mvc.perform(get("/insights/curve").session(reader).param("survey", survey).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("情绪曲线"), containsString("<strong>航后问卷</strong>"),
					containsString("与我们一起飞行"), containsString("\">航后问卷"), containsString("<td>行李提取</td>"),
					containsString("<span>行李处理</span>"), containsString("&quot;行李处理&quot;"),
					not(containsString("Baggage handling")))));
		mvc.perform(get("/insights/drivers").session(reader).param("survey", survey).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<td>行李处理</td>"), containsString("您向朋友或同事推荐我们的可能性有多大？"),
					not(containsString("Baggage handling")), not(containsString("Online boarding")))));
		mvc.perform(get("/insights/drivers").session(reader).param("survey", survey).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("<td>Baggage handling</td>"), not(containsString("行李处理")))));
	}

	@Test
	void badFiltersAreNamedNextToTheirFieldInsteadOfAnErrorPage() throws Exception {
		mvc.perform(get("/insights/peak-end").session(analyst)
			.param("survey", survey)
			.param("from", "2026-06-01")
			.param("to", "2026-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("data-testid=\"error-from\">The start date is after the end date."),
						containsString("data-testid=\"insight-filter\""))));
		mvc.perform(get("/insights/curve").session(analyst)
			.param("survey", survey)
			.param("from", "31.12.2026")
			.param("version", "first"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(
					allOf(containsString("data-testid=\"error-from\">&#39;31.12.2026&#39; is not a date (yyyy-mm-dd)."),
							containsString("data-testid=\"error-version\">"))));
		mvc.perform(get("/insights/drivers").session(analyst).param("survey", survey).param("outcome", "loyalty"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("data-testid=\"error-outcome\">loyalty is not an outcome of this survey"),
						containsString("value=\"loyalty\" selected"))));
		mvc.perform(get("/insights/matrix").session(analyst).param("survey", survey).param("segment", "cabin"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("data-testid=\"error-segment\">A segment needs both a field and a value.")));
		mvc.perform(get("/insights").session(analyst).param("survey", "999999999"))
			.andExpect(status().isNotFound())
			.andExpect(content()
				.string(containsString("data-testid=\"error-survey\">There is no such survey in this workspace.")));
	}

	@Test
	void tooFewResponsesShowTheReasonAndTheCountsRead() throws Exception {
		for (String page : PAGES) {
			mvc.perform(get(page).session(analyst)
				.param("survey", survey)
				.param("from", "2001-01-01")
				.param("to", "2001-01-31"))
				.andExpect(status().isOk())
				.andExpect(content()
					.string(allOf(containsString("0 responses read from"), not(containsString("data-chart=")))));
		}
		mvc.perform(get("/insights/peak-end").session(analyst)
			.param("survey", survey)
			.param("from", "2001-01-01")
			.param("to", "2001-01-31"))
			.andExpect(content().string(containsString("Not enough responses rate at least two touchpoints")));
		mvc.perform(get("/insights/drivers").session(analyst)
			.param("survey", survey)
			.param("from", "2001-01-01")
			.param("to", "2001-01-31"))
			.andExpect(content().string(containsString("Not enough responses rate every touchpoint")));
	}

	@Autowired
	io.peakxm.survey.SurveyDesigner designer;

	@Test
	void aSurveyWithoutAJourneyShowsWhyItCannotBeAnalysed() throws Exception {
		long workspace = jdbc.sql("select id from workspace where demo = true").query(Long.class).single();
		long user = jdbc.sql("select id from app_user where email = 'designer@skyway.example'")
			.query(Long.class)
			.single();
		var actor = io.peakxm.workspace.Actor.ofUser(user, "designer@skyway.example", "Designer", workspace,
				"SkyWay Air", Role.DESIGNER, null);
		long pulse = designer.createFromTemplate(actor, "employee-pulse", null);
		mvc.perform(get("/insights/curve").session(analyst).param("survey", String.valueOf(pulse)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-testid=\"problem\">This survey cannot be analysed as a journey"),
						not(containsString("data-chart=")))));
	}

	@Test
	void hostileFilterValuesAreEchoedEscaped() throws Exception {
		String hostile = "<script>alert(1)</script>";
		String html = mvc
			.perform(get("/insights/matrix").session(analyst)
				.param("survey", survey)
				.param("segment", "cabin:" + hostile)
				.param("outcome", "satisfaction=" + hostile))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("cabin:&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(hostile);
	}

	@Test
	void viewersMayNotOpenTheInsightPages() throws Exception {
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		for (String page : PAGES) {
			mvc.perform(get(page).session(viewer).param("survey", survey)).andExpect(status().isForbidden());
		}
		mvc.perform(get("/").session(viewer))
			.andExpect(content().string(not(containsString("data-testid=\"nav-insights\""))));
		mvc.perform(get("/").session(analyst))
			.andExpect(content().string(containsString("data-testid=\"nav-insights\"")));
	}

	private JsonNode api(String path) throws Exception {
		String body = mvc.perform(get(path).session(analyst).param("survey", survey))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new ObjectMapper().readTree(body);
	}

	private static String two(JsonNode value) {
		return String.format(Locale.ROOT, "%.2f", value.asDouble());
	}

}
