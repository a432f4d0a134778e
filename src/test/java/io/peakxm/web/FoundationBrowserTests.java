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

/**
 * The foundation in a real browser: sign-in, language switch, inviting a person, the
 * audit log, joining by the invitation link, and a clean CSP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FoundationBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Test
	void adminSignsInSwitchesLanguageInvitesSomeoneWhoJoinsByTheLink() {
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

		// 3. Invite a person: the link is shown once, the invitation is listed with what
		// was typed.
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
		String link = page.locator("[data-testid=secret]").textContent().trim();
		assertThat(link).contains("/join/");
		Locator invitationRow = page.locator("[data-testid=invitations] tbody tr")
			.filter(new Locator.FilterOptions().setHasText(email));
		assertThat(invitationRow).hasCount(1);
		assertThat(invitationRow).containsText("Browser Test User");
		assertThat(invitationRow).containsText("Analyst");

		// 4. The audit log shows the invitation.
		page.navigate(url("/audit"));
		page.fill("#action", "member.invited");
		page.click("form.filters button[type=submit]");
		Locator auditRow = page.locator("[data-testid=audit-table] tbody tr")
			.filter(new Locator.FilterOptions().setHasText(email));
		assertThat(auditRow).hasCount(1);
		assertThat(auditRow).containsText("member.invited");
		assertThat(auditRow).containsText(TestUsers.ADMIN_EMAIL);
		BrowserSupport.screenshot(page, "foundation-audit");

		// 5. Signed out, the invited person opens the link, creates their account and
		// signs in to the workspace.
		page.click("header form[action='/logout'] button");
		page.navigate(url(link.substring(link.indexOf("/join/"))));
		assertThat(page.locator("#displayName")).hasValue("Browser Test User");
		page.fill("#password", "Browser-Joiner-Passw0rd");
		page.fill("#confirmation", "Browser-Joiner-Passw0rd");
		BrowserSupport.screenshot(page, "foundation-join");
		page.click("[data-testid=join-create]");
		assertThat(page).hasURL(url("/login?joined"));
		page.fill("#username", email);
		page.fill("#password", "Browser-Joiner-Passw0rd");
		page.click("form.form button[type=submit]");
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("[data-testid=account-link]")).hasText("Browser Test User");

		// 5. Nothing was blocked by the Content-Security-Policy.
		assertThat(cspErrors).as("Content-Security-Policy violations in the browser console").isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
