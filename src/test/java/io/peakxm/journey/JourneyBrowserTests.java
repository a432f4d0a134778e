package io.peakxm.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.peakxm.BrowserSupport;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey designer in a real browser: create from a template, reorder touchpoints,
 * publish, and the journey map with its ECharts emotion curve, in English and Chinese,
 * under a clean Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JourneyBrowserTests {

	private static final Pattern EDITOR_PATH = Pattern.compile("/journeys/(\\d+)$");

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@org.springframework.beans.factory.annotation.Autowired
	JourneyDesigner journeys;

	@Test
	void designerBuildsJourneyFromTemplateReordersTouchpointsPublishesAndSeesTheMap() {
		Page page = browser.page();
		List<String> cspErrors = BrowserSupport.cspErrors(page);

		// 1. Sign in as the designer and open the journeys.
		page.navigate(url("/login"));
		page.fill("#username", TestUsers.DEMO_USERS.get(Role.DESIGNER));
		page.fill("#password", TestUsers.DEMO_PASSWORD);
		page.click("form.form button[type=submit]");
		assertThat(page).hasURL(url("/"));
		page.navigate(url("/journeys"));
		assertThat(page.locator("h1")).hasText("Journeys");

		// 2. Start from the restaurant template and land on the editor.
		page.selectOption("[data-testid=template-select]", "restaurant-visit");
		page.click("[data-testid=create-from-template]");
		assertThat(page).hasURL(EDITOR_PATH);
		// The editor is a long page: wait until it is all parsed before counting its
		// rows.
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		assertThat(page.locator("[data-testid=journey-name]")).hasText("Restaurant visit");
		assertThat(page.locator(".flash-success")).isVisible();
		Matcher path = EDITOR_PATH.matcher(page.url());
		assertThat(path.find()).isTrue();
		long id = Long.parseLong(path.group(1));

		// 3. Move the first touchpoint of the first stage down: the first two swap.
		Locator firstStageRows = page.locator("section.stage").first().locator("tr[data-touchpoint]");
		List<String> before = touchpointNames(firstStageRows);
		assertThat(before).hasSizeGreaterThanOrEqualTo(2);
		String first = before.get(0);
		String second = before.get(1);
		assertThat(apiTouchpointsOfFirstStage(page, id)).startsWith(first, second);
		page.click("[data-testid='down-" + first + "']");
		assertThat(firstStageRows.nth(0)).hasAttribute("data-touchpoint", second);
		assertThat(firstStageRows.nth(1)).hasAttribute("data-touchpoint", first);
		page.reload();
		assertThat(firstStageRows.nth(0)).hasAttribute("data-touchpoint", second);
		assertThat(firstStageRows.nth(1)).hasAttribute("data-touchpoint", first);
		assertThat(apiTouchpointsOfFirstStage(page, id)).startsWith(second, first);
		BrowserSupport.screenshot(page, "journey-editor");

		// 4. Publish version 1.
		page.click("[data-testid=publish]");
		assertThat(page).hasURL(url("/journeys/" + id));
		assertThat(page.locator(".flash-success")).hasText("Version 1 published.");
		assertThat(page.locator(".badge.ok")).hasText("published v1");

		// 5. The journey map: the emotion curve is drawn and the stages are the columns
		// of the table.
		page.click("[data-testid=open-map]");
		assertThat(page).hasURL(url("/journeys/" + id + "/map"));
		List<String> stages = apiStageNames(page, id);
		assertThat(stages).isNotEmpty();
		assertChartRendered(page);
		assertThat(page.locator("table.journey-map thead th[scope=col]:not(:empty)"))
			.hasText(stages.toArray(String[]::new));
		BrowserSupport.screenshot(page, "journey-map");

		// 6. The map in Chinese, then back to English.
		page.click("[data-testid=lang-zh]");
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		assertThat(page).hasURL(url("/journeys/" + id + "/map"));
		assertThat(page.locator("h1")).containsText("餐厅用餐");
		assertChartRendered(page);
		BrowserSupport.screenshot(page, "journey-map-zh");
		page.click("[data-testid=lang-en]");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).containsText("Restaurant visit");

		// 7. Nothing was blocked by the Content-Security-Policy.
		assertThat(cspErrors).as("Content-Security-Policy violations in the browser console").isEmpty();
	}

	@Test
	void mapDrawsWhatCustomersReportedNextToTheDesignedCurveAndShowsTheWholeBlueprintAt1400Pixels() {
		Page page = browser.page(1400, 900);
		List<String> cspErrors = BrowserSupport.cspErrors(page);
		signIn(page, TestUsers.DEMO_USERS.get(Role.ANALYST));
		long airline = jdbc.sql("select min(id) from journey where published_version is not null")
			.query(Long.class)
			.single();
		// A hotel journey of its own: the demo's hotel journey has a draft survey about
		// it.
		long hotel = journeys.createFromTemplate(TestUsers.demoActor(jdbc, Role.DESIGNER), "hotel-stay");

		// 1. The published airline journey: the post-flight survey's reports of the last
		// 30 days, with n.
		page.navigate(url("/journeys/" + airline + "/map"));
		Locator chart = page.locator("[data-testid=emotion-chart][data-reports=drawn]");
		assertThat(chart).isVisible();
		Locator note = page.locator("[data-testid=reports-note]");
		assertThat(note).containsText("Reported: answers to “Post-flight survey” from ");
		assertThat(note).containsText("(the last 30 days)");
		assertThat(note).containsText(" answers per touchpoint");
		assertThat(note.locator("a")).hasAttribute("href",
				java.util.regex.Pattern.compile("/metrics/touchpoints\\?survey=\\d+"));
		Object series = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('emotion-chart'))"
				+ ".getOption().series.map(s => s.name + ':' + s.data.filter(p => p[1] !== '-').length)");
		assertThat(series.toString()).contains("Designed emotion:17", "Reported (mean rating − 3):17");
		assertThat(page.locator("#emotion-chart-summary"))
			.containsText("Reported (mean rating − 3) — Online booking: ");
		// What customers wrote (the demo's reviews and comments) as a third line, with
		// the valley in words.
		assertThat(page.locator("[data-testid=emotion-chart][data-written=drawn]")).isVisible();
		assertThat(page.locator("[data-testid=written-note]")).containsText("talk about this journey's touchpoints");
		Object written = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('emotion-chart'))"
				+ ".getOption().series.map(s => s.name).join('|')");
		assertThat(written.toString()).contains("Written (text sentiment × 2)", "Reported (mean rating − 3)");

		// 2. The blueprint fits the window: nothing is cut off on the right.
		Object hiddenWidth = page.evaluate("() => { const box = document.querySelector('.map-scroll');"
				+ " return box.scrollWidth - box.clientWidth; }");
		assertThat(((Number) hiddenWidth).intValue()).as("blueprint wider than its box, in CSS pixels")
			.isLessThanOrEqualTo(0);
		BrowserSupport.screenshot(page, "journey-map-reported-1400");

		// 3. A journey no survey rates says so and draws the designed curve alone.
		page.navigate(url("/journeys/" + hotel + "/map"));
		assertThat(page.locator("[data-testid=emotion-chart][data-reports=no-survey]")).isVisible();
		assertThat(page.locator("[data-testid=reports-note]"))
			.hasText("No survey rates the touchpoints of this journey yet, so only the designed curve is drawn.");
		assertThat(cspErrors).as("Content-Security-Policy violations in the browser console").isEmpty();
	}

	private void signIn(Page page, String email) {
		page.navigate(url("/login"));
		page.fill("#username", email);
		page.fill("#password", TestUsers.DEMO_PASSWORD);
		page.click("form.form button[type=submit]");
		assertThat(page).hasURL(url("/"));
	}

	private static void assertChartRendered(Page page) {
		Locator chart = page.locator("[data-testid=emotion-chart][data-rendered=true]");
		assertThat(chart).isVisible();
		assertThat(chart.locator("canvas").first()).isVisible();
	}

	private static List<String> touchpointNames(Locator rows) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < rows.count(); i++) {
			names.add(rows.nth(i).getAttribute("data-touchpoint"));
		}
		return names;
	}

	/**
	 * English names of the first stage's touchpoints from the REST API, with the
	 * browser's session.
	 */
	private List<String> apiTouchpointsOfFirstStage(Page page, long id) {
		List<String> names = new ArrayList<>();
		for (JsonNode touchpoint : apiJourney(page, id).path("design").path("stages").path(0).path("touchpoints")) {
			names.add(touchpoint.path("nameEn").asString());
		}
		return names;
	}

	private List<String> apiStageNames(Page page, long id) {
		List<String> names = new ArrayList<>();
		for (JsonNode stage : apiJourney(page, id).path("design").path("stages")) {
			names.add(stage.path("name").asString());
		}
		return names;
	}

	private JsonNode apiJourney(Page page, long id) {
		APIResponse response = page.request().get(url("/api/v1/journeys/" + id));
		assertThat(response.status()).as("GET /api/v1/journeys/%d", id).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.text());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
