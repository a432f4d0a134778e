package io.peakxm.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy: the proxy at 127.0.0.2 is trusted in these tests
 * ({@link RealServerTest}), so its {@code X-Forwarded-For} names the client that
 * per-address limits count (three anonymous requests a minute here) and its
 * {@code X-Forwarded-Proto: https} makes a request secure — HSTS and {@code Secure}
 * cookies. Any other address sending the same headers is taken for the client itself.
 */
@RealServerTest
class ReverseProxyIntegrationTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");

	static final String PASSWORD = "Behind-the-Proxy-Passw0rd";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void clientsBehindATrustedProxyAreLimitedEachByTheirOwnAddress() throws Exception {
		RawHttp proxy = new RawHttp("127.0.0.2", port);
		for (int i = 0; i < 3; i++) {
			assertThat(proxy.send("GET", "/login", List.of("X-Forwarded-For: 198.51.100.7"), "").status())
				.isEqualTo(200);
		}
		assertThat(proxy.send("GET", "/login", List.of("X-Forwarded-For: 198.51.100.7"), "").status()).isEqualTo(429);
		assertThat(proxy.send("GET", "/login", List.of("X-Forwarded-For: 198.51.100.8"), "").status()).isEqualTo(200);
		assertThat(proxy.send("GET", "/login", List.of("X-Forwarded-For: 203.0.113.1, 198.51.100.9"), "").status())
			.as("the proxy appends the address it saw; what the client wrote before it is not believed")
			.isEqualTo(200);
	}

	@Test
	void aClientThatIsNoTrustedProxyCannotChooseItsAddress() throws Exception {
		RawHttp direct = new RawHttp("127.0.0.3", port);
		for (int i = 1; i <= 3; i++) {
			assertThat(direct.send("GET", "/login", List.of("X-Forwarded-For: 203.0.113." + i), "").status())
				.isEqualTo(200);
		}
		assertThat(direct.send("GET", "/login", List.of("X-Forwarded-For: 203.0.113.4"), "").status()).isEqualTo(429);
	}

	@Test
	void tlsAtATrustedProxyBringsHstsAndSecureCookies() throws Exception {
		RawHttp proxy = new RawHttp("127.0.0.2", port);
		List<String> https = List.of("X-Forwarded-For: 198.51.100.20", "X-Forwarded-Proto: https");
		var page = proxy.send("GET", "/login", https, "");
		assertThat(page.header("Strict-Transport-Security")).contains("max-age=");
		assertThat(page.cookies()).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("; Secure"));

		// A user of its own: the language switch below is saved for the user, and other
		// tests read theirs.
		String email = TestUsers.uniqueEmail("proxy");
		TestUsers.addMember(mvc, TestUsers.signInDemo(mvc, Role.ADMIN), email, Role.VIEWER, PASSWORD);
		var signIn = proxy.send("POST", "/login", with(https, page.cookie("JSESSIONID"), true),
				form("username", email, "password", PASSWORD, "_csrf", csrfToken(page.body())));
		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.header("Location")).startsWith("https://").doesNotContain("error");
		assertThat(signIn.header("Strict-Transport-Security")).isNotNull();
		assertThat(signIn.cookies()).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("; Secure"));

		String session = signIn.cookie("JSESSIONID");
		var home = proxy.send("GET", "/", with(https, session, false), "");
		var language = proxy.send("POST", "/locale", with(https, session, true),
				form("lang", "zh-CN", "_csrf", csrfToken(home.body())));
		assertThat(language.status()).isEqualTo(302);
		assertThat(language.cookies()).anySatisfy(c -> assertThat(c).startsWith("peakxm-lang=").contains("; Secure"));
	}

	@Test
	void plainHttpOrAnUntrustedHttpsClaimGetsNeitherHstsNorSecureCookies() throws Exception {
		var claimed = new RawHttp("127.0.0.4", port).send("GET", "/login", List.of("X-Forwarded-Proto: https"), "");
		assertThat(claimed.status()).isEqualTo(200);
		assertThat(claimed.header("Strict-Transport-Security")).isNull();
		assertThat(claimed.cookies()).isNotEmpty().allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
	}

	private static List<String> with(List<String> headers, String cookie, boolean form) {
		var all = new java.util.ArrayList<>(headers);
		all.add("Cookie: " + cookie);
		if (form) {
			all.add("Content-Type: application/x-www-form-urlencoded");
		}
		return all;
	}

	private static String form(String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			body.append(i == 0 ? "" : "&")
				.append(pairs[i])
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}

	private static String csrfToken(String html) {
		Matcher token = CSRF.matcher(html);
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

}
