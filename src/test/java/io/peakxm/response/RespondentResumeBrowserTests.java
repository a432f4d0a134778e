package io.peakxm.response;

import com.microsoft.playwright.Page;
import io.peakxm.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A respondent who reloads or comes back finds their answers again, until they have sent
 * them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RespondentResumeBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answersSurviveAReloadAndAreForgottenOnceSent() {
		String publicId = jdbc
			.sql("select public_id from survey where status = 'OPEN' and definition like '%Post-flight%' order by id")
			.query(String.class)
			.list()
			.get(0);
		String url = "http://localhost:" + port + "/s/" + publicId + "?lang=en";
		Page page = browser.phonePage(390, 844);
		page.navigate(url);
		page.locator("label.scale-option:has(input[name='q.nps'][value='9'])").click();
		page.locator("textarea[name='q.comment']").fill("Kind crew");
		assertThat(page.locator("[data-progress]")).containsText("2 of");

		page.reload();
		assertThat(page.locator("input[name='q.nps'][value='9']")).isChecked();
		assertThat(page.locator("textarea[name='q.comment']")).hasValue("Kind crew");
		assertThat(page.locator("[data-progress]")).containsText("2 of");
		BrowserSupport.screenshot(page, "respond-resumed");

		page.locator("[data-testid=respond-submit]").click();
		assertThat(page.locator("[data-testid=respond-thanks]")).isVisible();
		page.navigate(url);
		assertThat(page.locator("input[name='q.nps']:checked")).hasCount(0);
		assertThat(page.locator("textarea[name='q.comment']")).hasValue("");
	}

}
