package io.peakxm.response;

import com.microsoft.playwright.Page;
import io.peakxm.BrowserSupport;
import io.peakxm.response.internal.KioskDevices;
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
 * A kiosk tablet that loses its network keeps the answers and sends each exactly once
 * when it is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KioskBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KioskDevices kiosks;

	@Test
	void answersGivenOfflineAreQueuedAndSentOnceWhenBackOnline() {
		long survey = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
		String publicId = jdbc.sql("select public_id from survey where id = :s")
			.param("s", survey)
			.query(String.class)
			.single();
		long workspace = jdbc.sql("select workspace_id from survey where id = :s")
			.param("s", survey)
			.query(Long.class)
			.single();
		String key = "browser-kiosk-" + System.nanoTime();
		kiosks.insert(workspace, survey, "Gate A12 tablet", key, java.time.Instant.now());
		long before = kioskResponses();

		Page page = browser.page(1024, 768);
		page.navigate("http://localhost:" + port + "/s/" + publicId + "?kiosk=" + key + "&lang=en");
		page.waitForLoadState();
		page.context().setOffline(true);

		answer(page, 9);
		assertThat(page.locator("[data-kiosk-queue]")).hasText("Waiting to send: 1");
		answer(page, 10);
		assertThat(page.locator("[data-kiosk-queue]")).hasText("Waiting to send: 2");
		BrowserSupport.screenshot(page, "kiosk-offline");
		assertThat(kioskResponses()).isEqualTo(before);

		page.context().setOffline(false);
		page.evaluate("window.dispatchEvent(new Event('online'))");
		assertThat(page.locator("[data-kiosk-queue]")).isHidden();
		assertThat(kioskResponses()).isEqualTo(before + 2);

		page.reload();
		page.waitForLoadState();
		page.waitForTimeout(500);
		assertThat(kioskResponses()).isEqualTo(before + 2);
	}

	private void answer(Page page, int nps) {
		page.locator("label.scale-option:has(input[name='q.nps'][value='" + nps + "'])").click();
		page.locator("[data-testid=respond-submit]").click();
		assertThat(page.locator("[data-kiosk-thanks]")).isVisible();
		assertThat(page.locator("input[name='q.nps']:checked")).hasCount(0);
	}

	private long kioskResponses() {
		return jdbc.sql("select count(*) from response where channel = 'KIOSK'").query(Long.class).single();
	}

}
