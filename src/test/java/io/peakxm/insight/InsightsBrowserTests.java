package io.peakxm.insight;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import io.peakxm.BrowserSupport;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insight pages in a real browser as an analyst on the demo data: the peak-end
 * verdict and the importance–performance matrix in words and charts, a filter kept in the
 * URL, every page in English and Chinese, and no Content-Security-Policy violation.
 * Screenshots go to {@code target/screenshots/insights-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InsightsBrowserTests {

	static final String[] VIEWS = { "overview", "curve", "peak-end", "drivers", "matrix", "recommendations",
			"prediction" };

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Test
	void analystReadsThePeakEndVerdictAndTheImportancePerformanceMatrix() {
		Page page = browser.page();
		List<String> cspErrors = BrowserSupport.cspErrors(page);
		signIn(page);
		page.click("[data-testid=nav-insights]");
		assertThat(page).hasURL(Pattern.compile("/insights"));
		page.navigate(url("/insights"));
		assertThat(page.locator("[data-testid=insight-summary]")).isVisible();

		page.click("[data-testid=tab-peak-end]");
		assertThat(page.locator("[data-testid=findings]"))
			.containsText("explain the overall rating better than the average");
		assertThat(page.locator("[data-testid=findings]")).containsText("weighs most (standardized weight");
		assertThat(page.locator("#peak-end-chart")).hasAttribute("data-rendered", "true");
		assertThat(page.locator("#peak-end-chart canvas").first()).isVisible();
		assertThat(page.locator("[data-testid=model-PEAK_END] h2 .badge.ok")).isVisible();

		page.click("[data-testid=tab-matrix]");
		assertThat(page).hasURL(Pattern.compile("/insights/matrix\\?survey=\\d+"));
		assertThat(page.locator("[data-testid=findings]"))
			.containsText(Pattern.compile("Concentrate here|keep up the good work"));
		assertThat(page.locator("#matrix-chart")).hasAttribute("data-rendered", "true");
		assertThat(page.locator("#matrix-chart canvas").first()).isVisible();
		assertThat(page.locator("[data-testid=quadrants] .card")).hasCount(4);

		page.selectOption("#segment", "cabin:Business");
		page.click("[data-testid=apply-filter]");
		assertThat(page).hasURL(Pattern.compile("/insights/matrix\\?.*segment=cabin%3ABusiness"));
		assertThat(page.locator("[data-testid=responses-read]")).isVisible();
		assertThat(page.locator("#segment")).hasValue("cabin:Business");
		assertThat(cspErrors).isEmpty();
	}

	@Test
	void everyPageRendersItsChartInEnglishAndChinese() {
		Page page = browser.page(1280, 900);
		List<String> cspErrors = BrowserSupport.cspErrors(page);
		signIn(page);
		try {
			visitAll(page, "en");
			page.navigate(url("/insights"));
			page.click("[data-testid=lang-zh]");
			assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
			assertThat(page.locator("[data-testid=nav-insights]")).hasText("洞察");
			visitAll(page, "zh-CN");
			page.navigate(url("/insights/peak-end"));
			assertThat(page.locator("[data-testid=findings]")).containsText("比平均值更能解释总体评分");
		}
		finally {
			page.navigate(url("/insights"));
			if (page.locator("[data-testid=lang-en]").count() > 0) {
				page.click("[data-testid=lang-en]");
			}
		}
		assertThat(cspErrors).isEmpty();
	}

	@Test
	void aBadFilterIsNamedNextToItsFieldAndAnEmptyPeriodExplainsItself() {
		Page page = browser.page();
		List<String> cspErrors = BrowserSupport.cspErrors(page);
		signIn(page);
		page.navigate(url("/insights/peak-end?from=2026-06-01&to=2026-01-01&outcome=loyalty"));
		assertThat(page.locator("[data-testid=error-from]")).hasText("The start date is after the end date.");
		assertThat(page.locator("#outcome")).hasValue("loyalty");
		BrowserSupport.screenshot(page, "insights-bad-filter-en");
		page.navigate(url("/insights/drivers?from=2001-01-01&to=2001-01-31"));
		assertThat(page.locator("[data-testid=problem]")).containsText("Not enough responses");
		assertThat(page.locator("[data-testid=responses-read]")).containsText("0 responses read");
		BrowserSupport.screenshot(page, "insights-empty-en");
		assertThat(cspErrors).isEmpty();
	}

	private void visitAll(Page page, String language) {
		for (String view : VIEWS) {
			page.navigate(url(view.equals("overview") ? "/insights" : "/insights/" + view));
			assertThat(page.locator("[data-testid=responses-read]")).isVisible();
			if (page.locator("[data-kind]").count() > 0) {
				assertThat(page.locator("[data-kind]").first()).hasAttribute("data-rendered", "true");
				assertThat(page.locator("[data-kind] canvas").first()).isVisible();
			}
			BrowserSupport.screenshot(page, "insights-" + view + "-" + language);
		}
	}

	private void signIn(Page page) {
		page.navigate(url("/login"));
		page.fill("#username", TestUsers.DEMO_USERS.get(Role.ANALYST));
		page.fill("#password", TestUsers.DEMO_PASSWORD);
		page.click("form.form button[type=submit]");
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/**
	 * Insight pages name the demo's post-flight survey: other tests add newer surveys
	 * that would be the default.
	 */
	private String url(String path) {
		if (path.startsWith("/insights")) {
			long survey = jdbc.sql("""
					select min(s.id) from survey s join workspace w on w.id = s.workspace_id
					where w.demo = true and s.status = 'OPEN' and s.definition like '%Post-flight%'""")
				.query(Long.class)
				.single();
			path += (path.contains("?") ? "&" : "?") + "survey=" + survey;
		}
		return "http://localhost:" + port + path;
	}

}
