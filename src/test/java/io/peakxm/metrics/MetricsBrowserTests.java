package io.peakxm.metrics;

import java.util.List;

import com.microsoft.playwright.Download;
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
 * The dashboards in a real browser as an analyst: KPI tiles and the trend chart, a segment filter kept in the URL,
 * the touchpoint overlay chart, the distribution with a breakdown, a CSV export, no CSP violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MetricsBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Test
	void analystReadsTheDashboardsFiltersBySegmentAndExports() {
		Page page = browser.page();
		List<String> cspErrors = BrowserSupport.cspErrors(page);
		page.navigate(url("/login"));
		page.fill("#username", TestUsers.DEMO_USERS.get(Role.ANALYST));
		page.fill("#password", TestUsers.DEMO_PASSWORD);
		page.click("form.form button[type=submit]");
		page.click("[data-testid=nav-metrics]");

		assertThat(page.locator("[data-testid=kpi-tiles] .tile").first()).isVisible();
		assertThat(page.locator("#trend-chart")).hasAttribute("data-rendered", "true");
		page.selectOption("#dimension", "cabin:Business");
		page.selectOption("#granularity", "week");
		page.click("[data-testid=apply-filter]");
		assertThat(page).hasURL(java.util.regex.Pattern.compile("dimension=cabin%3ABusiness.*granularity=week"));
		assertThat(page.locator("#trend-chart")).hasAttribute("data-rendered", "true");
		BrowserSupport.screenshot(page, "metrics-overview");

		page.click("[data-testid=tab-touchpoints]");
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/metrics/touchpoints\\?.*dimension=cabin(%3A|:)Business"));
		assertThat(page.locator("#touchpoint-chart")).hasAttribute("data-rendered", "true");
		assertThat(page.locator("[data-testid=touchpoint-table] tbody tr").count()).isGreaterThanOrEqualTo(14);
		BrowserSupport.screenshot(page, "metrics-touchpoints");

		page.click("[data-testid=tab-distribution]");
		assertThat(page.locator("#distribution-chart")).hasAttribute("data-rendered", "true");
		assertThat(page.locator("[data-testid=breakdown-table] tbody tr").first()).isVisible();
		Download download = page.waitForDownload(() -> page.click("[data-testid=export-csv]"));
		assertThat(download.suggestedFilename()).isEqualTo("peakxm-distribution.csv");
		assertThat(cspErrors).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
