package io.peakxm.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every HTML page of the application, found at run time, holds the
 * Content-Security-Policy: no inline script, no inline event handler, and a policy header
 * without 'unsafe-inline' scripts. Hostile text is escaped.
 */
@PeakXmIntegrationTest
class PageSafetyIntegrationTests {

	static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);

	static final Pattern INLINE_HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noPageHasInlineScriptsAndEveryPageSendsTheStrictPolicy() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		List<String> pages = htmlGetPaths();
		assertThat(pages).contains("/", "/users", "/tokens", "/audit", "/login");
		List<String> problems = new ArrayList<>();
		for (String path : pages) {
			MockHttpServletResponse response = mvc.perform(get(path).session(admin).accept(MediaType.TEXT_HTML))
				.andReturn()
				.getResponse();
			if (response.getContentType() == null || !response.getContentType().startsWith("text/html")) {
				continue;
			}
			String html = response.getContentAsString();
			String policy = response.getHeader("Content-Security-Policy");
			if (policy == null || !policy.contains("script-src 'self'") || scriptSource(policy).contains("unsafe")) {
				problems.add(path + ": policy " + policy);
			}
			if (INLINE_SCRIPT.matcher(html).find()) {
				problems.add(path + ": inline <script>");
			}
			if (INLINE_HANDLER.matcher(html).find()) {
				problems.add(path + ": inline on*= handler");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void hostileNamesAreEscapedOnPages() throws Exception {
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		String email = TestUsers.uniqueEmail("xss");
		mvc.perform(post("/users").session(admin)
			.with(csrf())
			.param("email", email)
			.param("displayName", "<script>alert(1)</script><img src=x onerror=alert(2)>")
			.param("role", "VIEWER"));
		String html = mvc.perform(get("/users").param("q", email).session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<img src=x");
	}

	private static String scriptSource(String policy) {
		for (String directive : policy.split(";")) {
			if (directive.trim().startsWith("script-src")) {
				return directive;
			}
		}
		return "";
	}

	private List<String> htmlGetPaths() {
		List<String> paths = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			boolean get = info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
			for (String pattern : info.getPatternValues()) {
				if (get && !pattern.contains("{") && !pattern.startsWith("/api/") && !pattern.startsWith("/v3/")) {
					paths.add(pattern);
				}
			}
		});
		return paths;
	}

}
