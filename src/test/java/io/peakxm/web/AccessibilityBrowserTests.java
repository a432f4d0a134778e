package io.peakxm.web;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.peakxm.Accessibility;
import io.peakxm.BrowserSupport;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages pass axe-core's rules (no serious or critical violation, no empty table
 * header) in English and Chinese, the respondent page on a phone too; every page starts
 * with a skip link to its content, and every chart says in text what it shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessibilityBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/**
	 * One walk over the main pages per language (each page load costs a second or two):
	 * axe-core in both; in English also the skip link and the charts' text.
	 */
	@Test
	void mainPagesPassAxeStartWithASkipLinkAndSayWhatTheirChartsShow() {
		Page page = browser.page(1400, 900);
		signIn(page, TestUsers.DEMO_USERS.get(Role.ADMIN));
		List<String> violations = new ArrayList<>();
		int charts = 0;
		// The header switch saves the language for the demo administrator: English last,
		// as other tests expect.
		for (String language : List.of("zh-CN", "en")) {
			switchLanguage(page, language);
			for (String path : mainPages()) {
				open(page, path);
				violations.addAll(Accessibility.violations(page));
				if (language.equals("en")) {
					charts += checkCharts(page, path);
					checkSkipLink(page);
				}
			}
		}
		assertThat(violations).as("axe-core violations (serious, critical, empty table headers)").isEmpty();
		assertThat(charts).as("charts checked").isGreaterThanOrEqualTo(4);
	}

	/** The page starts with a visible skip link that moves to its content. */
	private static void checkSkipLink(Page page) {
		page.keyboard().press("Tab");
		Locator focused = page.locator(":focus");
		assertThat(focused).hasAttribute("href", "#main");
		assertThat(focused).isVisible();
		page.keyboard().press("Enter");
		assertThat(page.locator("main#main")).hasCount(1);
	}

	/**
	 * Every chart of the page is an image with a name and a text saying what it shows.
	 */
	private static int checkCharts(Page page, String path) {
		Locator drawn = page.locator("[data-chart]");
		int count = drawn.count();
		for (int i = 0; i < count; i++) {
			Locator chart = drawn.nth(i);
			assertThat(chart).hasAttribute("role", "img");
			assertThat(chart.getAttribute("aria-label")).as("aria-label of a chart on " + path).isNotBlank();
			String describedBy = chart.getAttribute("aria-describedby");
			assertThat(describedBy).as("text alternative of a chart on " + path).isNotBlank();
			assertThat(page.locator("#" + describedBy).textContent()).as("chart summary on " + path).isNotBlank();
		}
		return count;
	}

	@Test
	void respondentPageOnAPhoneHasNoSeriousAccessibilityViolations() {
		String publicId = jdbc
			.sql("select public_id from survey where status = 'OPEN' and definition like '%Post-flight%' order by id")
			.query(String.class)
			.list()
			.get(0);
		Page page = browser.phonePage(390, 844);
		List<String> violations = new ArrayList<>();
		for (String language : List.of("en", "zh-CN")) {
			open(page, "/s/" + publicId + "?lang=" + language);
			violations.addAll(Accessibility.violations(page));
			// With an error shown (a required question left out) too.
			page.locator("[data-testid=respond-submit]").tap();
			page.locator(".notice").waitFor();
			violations.addAll(Accessibility.violations(page));
		}
		assertThat(violations).as("axe-core violations on the respondent page").isEmpty();
	}

	/**
	 * Pages every administrator opens, with the demo's journey and survey (named, since
	 * other tests open surveys of their own that would otherwise become the dashboards'
	 * default).
	 */
	private List<String> mainPages() {
		long journey = jdbc.sql("select min(id) from journey where published_version is not null")
			.query(Long.class)
			.single();
		long survey = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
		long feedback = jdbc.sql("select min(id) from feedback_item").query(Long.class).single();
		return List.of("/", "/journeys", "/journeys/" + journey, "/journeys/" + journey + "/map",
				"/journeys/" + journey + "/versions", "/surveys", "/surveys/" + survey,
				"/surveys/" + survey + "/responses", "/surveys/" + survey + "/invitations", "/metrics?survey=" + survey,
				"/metrics/touchpoints?survey=" + survey, "/metrics/distribution?survey=" + survey, "/insights",
				"/feedback", "/feedback/" + feedback, "/feedback/dashboard", "/feedback/topics", "/users", "/tokens",
				"/audit", "/settings", "/account");
	}

	private void open(Page page, String path) {
		page.navigate(url(path));
		page.waitForLoadState(LoadState.NETWORKIDLE);
	}

	private void signIn(Page page, String email) {
		page.navigate(url("/login"));
		page.fill("#username", email);
		page.fill("#password", TestUsers.DEMO_PASSWORD);
		page.click("form.form button[type=submit]");
		assertThat(page).hasURL(url("/"));
	}

	private void switchLanguage(Page page, String language) {
		open(page, "/");
		Locator button = page.locator("[data-testid=lang-" + ("en".equals(language) ? "en" : "zh") + "]");
		if (button.count() > 0) {
			button.click();
		}
		assertThat(page.locator("html")).hasAttribute("lang", language);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
