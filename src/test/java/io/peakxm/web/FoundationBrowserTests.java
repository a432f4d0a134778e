package io.peakxm.web;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.peakxm.BrowserSupport;
import io.peakxm.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The foundation in a real browser: sign-in, language switch, adding a user, the audit log, and a clean CSP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FoundationBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Test
	void adminSignsInSwitchesLanguageCreatesUserAndSeesItInAuditLog() {
		Page page = browser.page();
		List<String> cspErrors = BrowserSupport.cspErrors(page);

		// 1. Sign in through the form and land on the home page.
		page.navigate(url("/login"));
		page.fill("#username", TestUsers.ADMIN_EMAIL);
		page.fill("#password", TestUsers.ADMIN_PASSWORD);
		page.click("form.form button[type=submit]");
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("[data-testid=account-link]")).isVisible();

		// 2. Switch to Chinese and back to English.
		page.click("[data-testid=lang-zh]");
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		assertThat(page.locator("nav.mainnav a[href='/users']")).hasText("用户");
		BrowserSupport.screenshot(page, "foundation-home-zh-CN");
		page.click("[data-testid=lang-en]");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("nav.mainnav a[href='/users']")).hasText("Users");

		// 3. Add a user with a generated password.
		String email = TestUsers.uniqueEmail("browser");
		page.navigate(url("/users"));
		page.click("[data-testid=add-user]");
		assertThat(page).hasURL(url("/users/new"));
		page.fill("#email", email);
		page.fill("#displayName", "Browser Test User");
		page.selectOption("#role", "ANALYST");
		page.click("form.form button[type=submit]");
		assertThat(page).hasURL(url("/users"));
		assertThat(page.locator(".flash-success")).containsText(email);
		assertThat(page.locator("[data-testid=secret]")).isVisible();
		assertThat(page.locator("[data-testid=secret]")).not().isEmpty();
		page.fill("#q", email);
		page.click("form.filters button[type=submit]");
		Locator userRow = page.locator("table.table tbody tr").filter(new Locator.FilterOptions().setHasText(email));
		assertThat(userRow).hasCount(1);
		assertThat(userRow.locator("select[name=role]")).hasValue("ANALYST");

		// 4. The audit log shows the new user.
		page.navigate(url("/audit"));
		page.fill("#action", "user.created");
		page.click("form.filters button[type=submit]");
		Locator auditRow = page.locator("[data-testid=audit-table] tbody tr")
			.filter(new Locator.FilterOptions().setHasText(email));
		assertThat(auditRow).hasCount(1);
		assertThat(auditRow).containsText("user.created");
		assertThat(auditRow).containsText(TestUsers.ADMIN_EMAIL);
		BrowserSupport.screenshot(page, "foundation-audit");

		// 5. Nothing was blocked by the Content-Security-Policy.
		assertThat(cspErrors).as("Content-Security-Policy violations in the browser console").isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
