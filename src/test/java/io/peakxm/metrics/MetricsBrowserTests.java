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
 * The dashboards in a real browser as an analyst: KPI tiles and the trend chart, a
 * segment filter kept in the URL, the touchpoint overlay chart, the distribution with a
 * breakdown, a CSV export, no CSP violation.
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
		assertThat(page)
			.hasURL(java.util.regex.Pattern.compile("/metrics/touchpoints\\?.*dimension=cabin(%3A|:)Business"));
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

	@Test
	void theTrendsLegendAxisNamesAndSaveToolDoNotOverlapAndVerdictsAreReadable() {
		Page page = signIn(Role.ANALYST);
		for (int width : new int[] { 1280, 390 }) {
			page.setViewportSize(width, 844);
			page.navigate(url("/metrics?granularity=week&survey=" + postFlight() + "&from="
					+ java.time.LocalDate.now().minusDays(89)));
			assertThat(page.locator("#trend-chart")).hasAttribute("data-rendered", "true");
			@SuppressWarnings("unchecked")
			java.util.Map<String, java.util.Map<String, Number>> boxes = (java.util.Map<String, java.util.Map<String, Number>>) page
				.evaluate(TREND_BOXES);
			List<String> parts = List.of("legend", "toolbox", "valueName", "countName");
			for (int i = 0; i < parts.size(); i++) {
				assertThat(boxes.get(parts.get(i))).as(parts.get(i) + " drawn at " + width + " px").isNotNull();
				for (int j = i + 1; j < parts.size(); j++) {
					assertThat(overlap(boxes.get(parts.get(i)), boxes.get(parts.get(j))))
						.as(parts.get(i) + " and " + parts.get(j) + " at " + width + " px: " + boxes)
						.isFalse();
				}
			}
		}
		BrowserSupport.screenshot(page, "metrics-trend-phone");
		// The verdict badges' text against their background: at least 4.5 : 1 (WCAG AA
		// for small text).
		page.setViewportSize(1280, 800);
		page.navigate(url(
				"/metrics/touchpoints?survey=" + postFlight() + "&from=" + java.time.LocalDate.now().minusDays(27)));
		assertThat(page.locator("[data-testid=touchpoint-table] .badge.worse").first()).isVisible();
		for (String verdict : List.of("better", "worse")) {
			double contrast = ((Number) page.evaluate(CONTRAST, verdict)).doubleValue();
			assertThat(contrast).as(verdict + " badge contrast").isGreaterThanOrEqualTo(4.5);
		}
	}

	@Test
	void clickingATouchpointPointABarOrATrendPointOpensTheResponsesBehindIt() {
		Page page = signIn(Role.ANALYST);
		List<String> cspErrors = BrowserSupport.cspErrors(page);
		page.navigate(url(
				"/metrics/touchpoints?survey=" + postFlight() + "&from=" + java.time.LocalDate.now().minusDays(27)));
		assertThat(page.locator("#touchpoint-chart")).hasAttribute("data-rendered", "true");
		clickChart(page, "touchpoint-chart", 1, "data.touchpoints.indexOf('Baggage handling')",
				"data.measured[data.touchpoints.indexOf('Baggage handling')]");
		page.waitForURL(java.util.regex.Pattern.compile(".*/responses\\?.*question=touchpoints&row=tp_\\d+.*"));
		assertThat(page.locator("[data-testid=answer-filter]")).containsText("Baggage handling");
		assertThat(page.locator("[data-testid=responses-table] tbody tr").first()).isVisible();
		BrowserSupport.screenshot(page, "responses-behind-a-touchpoint");

		page.navigate(url("/metrics/distribution?question=nps&survey=" + postFlight()));
		assertThat(page.locator("#distribution-chart")).hasAttribute("data-rendered", "true");
		BrowserSupport.screenshot(page, "metrics-distribution");
		clickChart(page, "distribution-chart", 0, "10", "data.bars[10].percent / 2");
		page.waitForURL(java.util.regex.Pattern.compile(".*/responses\\?.*question=nps&scoreMin=10&scoreMax=10.*"));
		assertThat(page.locator("[data-testid=responses-table] tbody tr").first()).isVisible();

		page.navigate(url("/metrics?granularity=week&survey=" + postFlight()));
		assertThat(page.locator("#trend-chart")).hasAttribute("data-rendered", "true");
		clickChart(page, "trend-chart", 2, "data.values.length - 1", "data.values[data.values.length - 1]");
		page.waitForURL(java.util.regex.Pattern.compile(
				".*/responses\\?from=.*&to=" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "&question=nps.*"));
		assertThat(cspErrors).isEmpty();
	}

	/**
	 * Clicks the point of a chart's series at a category index and value, both JavaScript
	 * over the chart's data.
	 */
	private static void clickChart(Page page, String id, int series, String index, String value) {
		page.locator("#" + id).scrollIntoViewIfNeeded();
		@SuppressWarnings("unchecked")
		List<Number> at = (List<Number>) page.evaluate("""
				([id, series]) => {
				  const element = document.getElementById(id);
				  const data = JSON.parse(element.getAttribute('data-chart'));
				  const chart = echarts.getInstanceByDom(element);
				  const point = chart.convertToPixel({ seriesIndex: series }, [%s, %s]);
				  const box = element.getBoundingClientRect();
				  return [box.left + point[0], box.top + point[1]];
				}""".formatted(index, value), List.of(id, series));
		page.mouse().click(at.get(0).doubleValue(), at.get(1).doubleValue());
	}

	private static boolean overlap(java.util.Map<String, Number> a, java.util.Map<String, Number> b) {
		double ax = a.get("x").doubleValue(), ay = a.get("y").doubleValue(), aw = a.get("w").doubleValue(),
				ah = a.get("h").doubleValue();
		double bx = b.get("x").doubleValue(), by = b.get("y").doubleValue(), bw = b.get("w").doubleValue(),
				bh = b.get("h").doubleValue();
		return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
	}

	/**
	 * Where ECharts drew the trend's legend, save tool and the names of its two value
	 * axes (chart pixels).
	 */
	private static final String TREND_BOXES = """
			() => {
			  const chart = echarts.getInstanceByDom(document.getElementById('trend-chart'));
			  chart.getZr().storage.getDisplayList(true);
			  const model = chart.getModel();
			  const box = el => { const r = el.getBoundingRect().clone(); if (el.transform) { r.applyTransform(el.transform); }
			    return { x: r.x, y: r.y, w: r.width, h: r.height }; };
			  const union = (a, b) => { const x = Math.min(a.x, b.x), y = Math.min(a.y, b.y);
			    return { x: x, y: y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y }; };
			  const drawn = group => { let all = null;
			    group.traverse(c => { if (c.isGroup || c.ignore || c.invisible || !c.getBoundingRect) { return; }
			      const r = box(c); if (r.w > 0 && r.h > 0) { all = all ? union(all, r) : r; } });
			    return all; };
			  const named = (group, text) => { let found = null;
			    group.traverse(c => { if (!found && !c.isGroup && c.style && c.style.text === text) { found = box(c); } });
			    return found; };
			  const view = (type, i) => chart.getViewOfComponentModel(model.getComponent(type, i)).group;
			  const option = chart.getOption();
			  return { legend: drawn(view('legend', 0)), toolbox: drawn(view('toolbox', 0)),
			    valueName: named(view('yAxis', 0), option.yAxis[0].name), countName: named(view('yAxis', 1), option.yAxis[1].name) };
			}""";

	/** The contrast ratio (WCAG 2) of a verdict badge's text with its background. */
	private static final String CONTRAST = """
			verdict => {
			  const badge = document.createElement('span');
			  badge.className = 'badge ' + verdict;
			  badge.textContent = 'significantly';
			  document.querySelector('main').appendChild(badge);
			  const style = getComputedStyle(badge);
			  const luminance = colour => { const [r, g, b] = colour.match(/\\d+/g).slice(0, 3).map(v => {
			    const c = Number(v) / 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); });
			    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
			  const a = luminance(style.color), b = luminance(style.backgroundColor);
			  badge.remove();
			  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
			}""";

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/**
	 * The demo's post-flight survey (other tests may open surveys that the dashboards
	 * would pick first).
	 */
	private long postFlight() {
		return jdbc.sql("""
				select min(s.id) from survey s join workspace w on w.id = s.workspace_id
				where w.demo = true and s.status = 'OPEN' and s.definition like '%Post-flight%'""")
			.query(Long.class)
			.single();
	}

	private Page signIn(Role role) {
		Page page = browser.page();
		page.navigate(url("/login"));
		page.fill("#username", TestUsers.DEMO_USERS.get(role));
		page.fill("#password", TestUsers.DEMO_PASSWORD);
		page.click("form.form button[type=submit]");
		page.waitForURL(java.util.regex.Pattern.compile(".*/$"));
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
