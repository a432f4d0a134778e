package io.peakxm.survey;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import io.peakxm.BrowserSupport;
import io.peakxm.TestEvents;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new hotel user does on a fresh installation, end to end in a real browser: the
 * designer creates a journey from the hotel template and publishes it, creates a survey
 * for it from the hotel template and opens it; three guests answer on a phone (one
 * detractor, with a comment); the analyst finds the answers in the responses, the
 * touchpoint dashboard and every insight view. Pages are read by their
 * {@code data-testid}s and by the data typed here, not by their wording, and the browser
 * console stays free of errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HotelSurveyBrowserTests {

	private static final Pattern JOURNEY_PATH = Pattern.compile("/journeys/(\\d+)$");

	private static final Pattern SURVEY_PATH = Pattern.compile("/surveys/(\\d+)$");

	/**
	 * The hotel survey's matrix rows, each rating the hotel journey's touchpoint of the
	 * same name.
	 */
	private static final List<String> ROWS = List.of("booking", "welcome", "checkin", "room", "sleep", "breakfast",
			"checkout");

	private static final String DETRACTOR_COMMENT = "Check-out took forty minutes and the bill was wrong.";

	static final String[] INSIGHT_VIEWS = { "curve", "peak-end", "drivers", "matrix", "recommendations", "prediction" };

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

	@Test
	void aHotelJourneyAndItsSurveyAreAnsweredOnAPhoneAndAnalysedEverywhere() {
		List<String> consoleErrors = new CopyOnWriteArrayList<>();

		// 1. The designer creates a journey from the hotel template and publishes it.
		Page page = watched(browser.page(), consoleErrors);
		signIn(page, Role.DESIGNER);
		page.navigate(url("/journeys"));
		page.selectOption("[data-testid=template-select]", "hotel-stay");
		page.click("[data-testid=create-from-template]");
		assertThat(page).hasURL(JOURNEY_PATH);
		long journey = idIn(JOURNEY_PATH, page.url());
		page.click("[data-testid=publish]");
		assertThat(page.locator(".flash-success")).isVisible();
		assertThat(jdbc.sql("select count(*) from journey_version where journey_id = :j")
			.param("j", journey)
			.query(Long.class)
			.single()).isEqualTo(1);

		// 2. A survey for that journey from the hotel template: it measures the journey
		// and rates its moments.
		page.navigate(url("/surveys"));
		page.selectOption("[data-testid=survey-template]", "hotel-stay");
		page.selectOption("[data-testid=survey-journey-choice]", String.valueOf(journey));
		page.click("[data-testid=create-survey]");
		assertThat(page).hasURL(SURVEY_PATH);
		long survey = idIn(SURVEY_PATH, page.url());
		assertThat(page.locator("[data-testid=journey-coverage]")).hasAttribute("data-journey-id",
				String.valueOf(journey));
		assertThat(page.locator("[data-testid=journey-coverage]")).hasAttribute("data-rated",
				String.valueOf(ROWS.size()));
		assertThat(page.locator("[data-testid=unlinked-rows]")).hasCount(0);
		assertThat(page.locator("[data-testid=no-journey]")).hasCount(0);
		assertThat(page.locator("[data-testid=survey-journey-select]")).hasValue(String.valueOf(journey));
		BrowserSupport.screenshot(page, "hotel-survey-designer");

		// The matrix's rows show the touchpoint each rates, picked from the journey's
		// stages.
		page.navigate(url("/surveys/" + survey + "/questions/aspects"));
		assertThat(page.locator("[data-testid=row-touchpoint]").first().locator("optgroup")).hasCount(6);
		assertThat(page.locator("[data-testid=row-touchpoint]").first().locator("option:checked"))
			.hasText("Online reservation");
		assertThat(page.locator("[data-testid=rate-every-touchpoint]")).isVisible();
		BrowserSupport.screenshot(page, "hotel-survey-matrix-rows");
		// Enter in a field saves the question (it does not ask for more rows).
		page.locator("#key").press("Enter");
		assertThat(page).hasURL(url("/surveys/" + survey));
		assertThat(page.locator(".flash-success")).isVisible();

		// 3. Open it for responses and take its link.
		page.click("[data-testid=open-survey]");
		assertThat(page.locator(".flash-success")).isVisible();
		String link = page.locator("[data-testid=survey-link]").textContent().trim();
		assertThat(link).matches("http://localhost:" + port + "/s/[A-Za-z0-9_-]{22}");

		// 4. Three guests answer on a phone: two happy, one detractor who says what went
		// wrong.
		answer(watched(browser.phonePage(390, 844), consoleErrors), link, 10, 5, 5, null);
		answer(watched(browser.phonePage(390, 844), consoleErrors), link, 8, 4, 4, null);
		answer(watched(browser.phonePage(390, 844), consoleErrors), link, 2, 2, 2, DETRACTOR_COMMENT);
		assertThat(jdbc.sql("select count(*) from response where survey_id = :s")
			.param("s", survey)
			.query(Long.class)
			.single()).isEqualTo(3);
		TestEvents.awaitCompletion(jdbc);

		// 5. The analyst finds the three responses, the detractor's comment among them.
		page = watched(browser.page(1280, 900), consoleErrors);
		signIn(page, Role.ANALYST);
		page.navigate(url("/surveys/" + survey + "/responses"));
		assertThat(page.locator("[data-testid=responses-table] tbody tr")).hasCount(3);
		assertThat(page.locator("[data-testid=responses-table]")).containsText(DETRACTOR_COMMENT);

		// 6. The touchpoint dashboard lists the journey's touchpoints with the answers to
		// the rated ones.
		page.navigate(url("/metrics/touchpoints?survey=" + survey));
		assertThat(page.locator("[data-testid=touchpoint-table] tbody tr")).hasCount(14);
		assertThat(page.locator("[data-testid=touchpoint-table]")).containsText("Check-out and farewell");
		JsonNode scores = api(page, "/api/v1/metrics/touchpoints?survey=" + survey);
		assertThat(scores.size()).isEqualTo(14);
		long rated = 0;
		for (JsonNode score : scores) {
			if (!score.path("mean").isNull() && !score.path("mean").isMissingNode()) {
				rated++;
				assertThat(score.at("/mean/estimate/n").asLong()).as(score.at("/name/en").asString()).isEqualTo(3);
			}
		}
		assertThat(rated).isEqualTo(ROWS.size());
		BrowserSupport.screenshot(page, "hotel-survey-touchpoints");

		// 7. Every insight view analyses this survey: it has a journey, and reads its
		// three responses (n = 3 may be
		// too few for a figure; then the view says so instead of "this survey has no
		// journey").
		assertThat(api(page, "/api/v1/insights?survey=" + survey).path("responses").asLong()).isEqualTo(3);
		for (String view : INSIGHT_VIEWS) {
			page.navigate(url("/insights/" + view + "?survey=" + survey));
			assertThat(page.locator("[data-testid=no-survey]")).hasCount(0);
			assertThat(page.locator("[data-testid=responses-read]")).isVisible();
			assertThat(page.locator("[data-testid=responses-read]")).containsText("3");
			assertThat(page.locator("#survey")).hasValue(String.valueOf(survey));
			if (view.equals("curve")) {
				assertThat(page.locator("[data-testid=curve-table] tbody tr")).hasCount(ROWS.size());
			}
			if (page.locator("[data-kind][data-chart]").count() > 0) {
				assertThat(page.locator("[data-kind][data-chart]").first()).hasAttribute("data-rendered", "true");
			}
			BrowserSupport.screenshot(page, "hotel-survey-insights-" + view);
		}

		assertThat(consoleErrors).as("errors in the browser console").isEmpty();
	}

	/**
	 * One guest on a phone: NPS, satisfaction, every part of the stay, and what went
	 * wrong when they say so.
	 */
	private void answer(Page phone, String link, int nps, int csat, int parts, String wentWrong) {
		phone.navigate(link + "?lang=en");
		phone.locator("label.scale-option:has(input[name='q.nps'][value='" + nps + "'])").tap();
		phone.locator("label.scale-option:has(input[name='q.csat'][value='" + csat + "'])").tap();
		for (String row : ROWS) {
			phone.locator("input[name='q.aspects." + row + "'][value='" + parts + "']").check();
		}
		if (wentWrong != null) {
			assertThat(phone.locator("[data-key=went_wrong]")).isVisible();
			phone.fill("textarea[name='q.went_wrong']", wentWrong);
		}
		else {
			assertThat(phone.locator("[data-key=went_wrong]")).isHidden();
		}
		phone.locator("[data-testid=respond-submit]").tap();
		assertThat(phone.locator("[data-testid=respond-thanks]")).isVisible();
		if (wentWrong != null) {
			BrowserSupport.screenshot(phone, "hotel-survey-thanks-phone");
		}
	}

	/**
	 * Collects console errors, uncaught page errors and failed requests (the console
	 * names no address for those), with the page they came from.
	 */
	private static Page watched(Page page, List<String> errors) {
		page.onResponse(response -> {
			if (response.status() >= 400) {
				errors.add(page.url() + ": " + response.status() + " for " + response.url());
			}
		});
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(page.url() + ": " + message.text());
			}
		});
		page.onPageError(error -> errors.add(page.url() + ": " + error));
		return page;
	}

	private void signIn(Page page, Role role) {
		page.navigate(url("/login"));
		page.fill("#username", TestUsers.DEMO_USERS.get(role));
		page.fill("#password", TestUsers.DEMO_PASSWORD);
		page.click("form.form button[type=submit]");
		assertThat(page).hasURL(url("/"));
	}

	/** A REST answer, read with the browser's session. */
	private JsonNode api(Page page, String path) {
		APIResponse response = page.request().get(url(path));
		assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
		return json.readTree(response.text());
	}

	private static long idIn(Pattern path, String url) {
		Matcher matcher = path.matcher(url);
		assertThat(matcher.find()).as(url).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
