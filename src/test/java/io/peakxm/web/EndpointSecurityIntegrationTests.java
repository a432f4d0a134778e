package io.peakxm.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Finds every request mapping of the running application and checks who may call it:
 * anonymous callers only the public list, and each role only what the access table
 * grants. A new endpoint that is missing from the table fails this test, so nobody can
 * add one without deciding who may use it.
 */
@PeakXmIntegrationTest
class EndpointSecurityIntegrationTests {

	/** Who may call an endpoint. */
	sealed interface Access {

	}

	record Public() implements Access {
	}

	record SignedIn() implements Access {
	}

	record Roles(Set<Role> roles) implements Access {
	}

	static final Access PUBLIC = new Public();

	static final Access SIGNED_IN = new SignedIn();

	static final Access ADMIN = new Roles(EnumSet.of(Role.ADMIN));

	static final Access DESIGNERS = new Roles(EnumSet.of(Role.ADMIN, Role.DESIGNER));

	static final Access ALL_ROLES = new Roles(EnumSet.allOf(Role.class));

	static final Access ANALYSTS = new Roles(EnumSet.of(Role.ADMIN, Role.DESIGNER, Role.ANALYST));

	static final Access EXPORTERS = new Roles(EnumSet.of(Role.ADMIN, Role.ANALYST));

	/**
	 * Readers of feedback: analysts and up, and frontline agents (their touchpoints').
	 */
	static final Access FEEDBACK_READERS = new Roles(EnumSet.of(Role.ADMIN, Role.DESIGNER, Role.ANALYST, Role.AGENT));

	/** Who adds and deletes feedback and edits topics. */
	static final Access FEEDBACK_MANAGERS = new Roles(EnumSet.of(Role.ADMIN, Role.DESIGNER, Role.ANALYST));

	/** "METHOD pattern" → access. Add every new endpoint here. */
	static final Map<String, Access> ACCESS = new LinkedHashMap<>();
	static {
		ACCESS.put("GET /login", PUBLIC);
		ACCESS.put("POST /locale", PUBLIC);
		ACCESS.put("GET /s/{publicId}", PUBLIC);
		ACCESS.put("POST /s/{publicId}", PUBLIC);
		ACCESS.put("POST /s/{publicId}/kiosk", PUBLIC);
		ACCESS.put("GET /u/{token}", PUBLIC);
		ACCESS.put("POST /u/{token}", PUBLIC);
		ACCESS.put("* /error", PUBLIC);
		ACCESS.put("GET /join/{token}", PUBLIC);
		ACCESS.put("POST /join/{token}/decline", PUBLIC);
		ACCESS.put("POST /join/{token}/account", PUBLIC);
		ACCESS.put("GET /join/{token}/sign-in", SIGNED_IN);
		ACCESS.put("POST /join/{token}/accept", SIGNED_IN);
		ACCESS.put("POST /account/invitations/{id}/accept", SIGNED_IN);
		ACCESS.put("POST /account/invitations/{id}/decline", SIGNED_IN);
		ACCESS.put("GET /", SIGNED_IN);
		ACCESS.put("GET /account", SIGNED_IN);
		ACCESS.put("POST /account/password", SIGNED_IN);
		ACCESS.put("POST /workspaces/switch", SIGNED_IN);
		ACCESS.put("GET /api/v1/me", SIGNED_IN);
		ACCESS.put("GET /v3/api-docs", SIGNED_IN);
		ACCESS.put("GET /v3/api-docs.yaml", SIGNED_IN);
		ACCESS.put("GET /v3/api-docs/swagger-config", SIGNED_IN);
		ACCESS.put("GET /swagger-ui.html", SIGNED_IN);
		ACCESS.put("GET /users", ADMIN);
		ACCESS.put("GET /users/new", ADMIN);
		ACCESS.put("POST /users", ADMIN);
		ACCESS.put("POST /users/{id}/role", ADMIN);
		ACCESS.put("POST /users/{id}/disable", ADMIN);
		ACCESS.put("POST /users/{id}/enable", ADMIN);
		ACCESS.put("POST /users/invitations/{id}/reissue", ADMIN);
		ACCESS.put("POST /users/invitations/{id}/revoke", ADMIN);
		ACCESS.put("GET /tokens", ADMIN);
		ACCESS.put("POST /tokens", ADMIN);
		ACCESS.put("POST /tokens/{id}/revoke", ADMIN);
		ACCESS.put("GET /audit", ADMIN);
		ACCESS.put("GET /settings", ADMIN);
		ACCESS.put("POST /settings", ADMIN);
		ACCESS.put("GET /api/v1/users", ADMIN);
		ACCESS.put("POST /api/v1/users", ADMIN);
		ACCESS.put("GET /api/v1/users/{id}", ADMIN);
		ACCESS.put("PATCH /api/v1/users/{id}", ADMIN);
		ACCESS.put("GET /api/v1/users/invitations", ADMIN);
		ACCESS.put("POST /api/v1/users/invitations/{id}/reissue", ADMIN);
		ACCESS.put("DELETE /api/v1/users/invitations/{id}", ADMIN);
		ACCESS.put("GET /api/v1/tokens", ADMIN);
		ACCESS.put("POST /api/v1/tokens", ADMIN);
		ACCESS.put("DELETE /api/v1/tokens/{id}", ADMIN);
		ACCESS.put("GET /api/v1/audit", ADMIN);
		ACCESS.put("POST /api/v1/surveys/{id}/responses", ADMIN);
		ACCESS.put("GET /surveys/{id}/responses", ANALYSTS);
		ACCESS.put("GET /surveys/{id}/responses/{responseId}", ANALYSTS);
		ACCESS.put("GET /api/v1/surveys/{id}/responses", ANALYSTS);
		ACCESS.put("GET /api/v1/responses/{responseId}", ANALYSTS);
		ACCESS.put("GET /surveys/{id}/responses.csv", EXPORTERS);
		ACCESS.put("GET /surveys/{id}/responses.xlsx", EXPORTERS);
		ACCESS.put("POST /surveys/{id}/responses/{responseId}/delete", ADMIN);
		ACCESS.put("DELETE /api/v1/responses/{responseId}", ADMIN);
		for (String dashboard : new String[] { "/metrics", "/metrics/touchpoints", "/metrics/distribution",
				"/api/v1/metrics/overview", "/api/v1/metrics/touchpoints", "/api/v1/metrics/distribution",
				"/api/v1/metrics/breakdown", "/api/v1/metrics/dimensions", "/api/v1/metrics/journey-reports" }) {
			ACCESS.put("GET " + dashboard, ALL_ROLES);
		}
		for (String insight : new String[] { "/api/v1/insights", "/api/v1/insights/options", "/api/v1/insights/curve",
				"/api/v1/insights/peak-end", "/api/v1/insights/drivers", "/api/v1/insights/recommendations",
				"/api/v1/insights/prediction", "/insights", "/insights/prediction", "/insights/curve",
				"/insights/peak-end", "/insights/drivers", "/insights/matrix", "/insights/recommendations" }) {
			ACCESS.put("GET " + insight, ANALYSTS);
		}
		for (String read : new String[] { "/feedback", "/feedback/{id}", "/api/v1/feedback", "/api/v1/feedback/{id}",
				"/api/v1/feedback/{id}/similar" }) {
			ACCESS.put("GET " + read, FEEDBACK_READERS);
		}
		for (String write : new String[] { "GET /feedback/topics", "POST /feedback/topics",
				"POST /feedback/topics/{id}", "POST /feedback/topics/{id}/delete",
				"POST /feedback/topics/suggestions/accept", "POST /feedback/topics/suggestions/reject",
				"POST /feedback/topics/preview", "GET /feedback/topics/progress", "POST /api/v1/feedback",
				"POST /api/v1/feedback/bulk", "DELETE /api/v1/feedback/{id}", "POST /api/v1/topics",
				"PUT /api/v1/topics/{id}", "DELETE /api/v1/topics/{id}", "POST /api/v1/feedback/imports",
				"POST /api/v1/feedback/imports/preview", "GET /api/v1/feedback/import-mappings",
				"PUT /api/v1/feedback/import-mappings/{name}", "GET /feedback/import", "POST /feedback/import",
				"POST /api/v1/topics/{id}/items", "POST /feedback/retag", "GET /api/v1/feedback/synonyms",
				"POST /api/v1/feedback/synonyms/reject", "POST /feedback/topics/synonyms/reject" }) {
			ACCESS.put(write, FEEDBACK_MANAGERS);
		}
		// Accepting a touchpoint synonym changes the journey: feedback managers who edit
		// journeys.
		ACCESS.put("POST /api/v1/feedback/synonyms/accept", DESIGNERS);
		ACCESS.put("POST /feedback/topics/synonyms/accept", DESIGNERS);
		ACCESS.put("GET /api/v1/topics", ALL_ROLES);
		ACCESS.put("GET /feedback/dashboard", ALL_ROLES);
		ACCESS.put("GET /api/v1/feedback/dashboard", ALL_ROLES);
		ACCESS.put("GET /api/v1/feedback/journey-curve", ALL_ROLES);
		ACCESS.put("GET /api/v1/topics/retag", ALL_ROLES);
		ACCESS.put("POST /api/v1/topics/preview", ANALYSTS);
		ACCESS.put("POST /api/v1/text/analyse", ANALYSTS);
		ACCESS.put("GET /metrics/{view}.csv", EXPORTERS);
		ACCESS.put("GET /metrics/{view}.xlsx", EXPORTERS);
		ACCESS.put("POST /metrics/rebuild", ADMIN);
		ACCESS.put("POST /metrics/dimensions", ADMIN);
		ACCESS.put("PUT /api/v1/metrics/dimensions", ADMIN);
		ACCESS.put("POST /api/v1/metrics/rebuild", ADMIN);
		for (String read : new String[] { "/journeys", "/journeys/{id}", "/journeys/{id}/stages/{stageId}",
				"/journeys/{id}/touchpoints/new", "/journeys/{id}/touchpoints/{touchpointId}",
				"/journeys/{id}/versions", "/journeys/{id}/export", "/journeys/{id}/map", "/api/v1/journeys",
				"/api/v1/journeys/templates", "/api/v1/journeys/{id}", "/api/v1/journeys/{id}/versions",
				"/api/v1/journeys/{id}/versions/{number}", "/api/v1/journeys/{id}/compare",
				"/api/v1/journeys/{id}/export", "/api/v1/surveys", "/api/v1/surveys/templates", "/api/v1/surveys/{id}",
				"/api/v1/surveys/{id}/versions", "/api/v1/surveys/{id}/versions/{number}", "/surveys", "/surveys/{id}",
				"/surveys/{id}/qr.png", "/surveys/{id}/qr.svg", "/surveys/{id}/preview", "/surveys/{id}/preview/frame",
				"/api/v1/surveys/{id}/export" }) {
			ACCESS.put("GET " + read, ALL_ROLES);
		}
		for (String write : new String[] { "POST /journeys", "POST /journeys/import", "POST /journeys/{id}",
				"POST /journeys/{id}/copy", "POST /journeys/{id}/archive", "POST /journeys/{id}/publish",
				"POST /journeys/{id}/stages", "POST /journeys/{id}/stages/{stageId}",
				"POST /journeys/{id}/stages/{stageId}/move", "POST /journeys/{id}/stages/{stageId}/delete",
				"POST /journeys/{id}/touchpoints", "POST /journeys/{id}/touchpoints/{touchpointId}",
				"POST /journeys/{id}/touchpoints/{touchpointId}/move",
				"POST /journeys/{id}/touchpoints/{touchpointId}/delete", "POST /api/v1/journeys",
				"POST /api/v1/journeys/import", "PATCH /api/v1/journeys/{id}", "POST /api/v1/journeys/{id}/copy",
				"POST /api/v1/journeys/{id}/archive", "POST /api/v1/journeys/{id}/restore",
				"POST /api/v1/journeys/{id}/stages", "PUT /api/v1/journeys/{id}/stages/{stageId}",
				"DELETE /api/v1/journeys/{id}/stages/{stageId}", "POST /api/v1/journeys/{id}/stages/{stageId}/move",
				"POST /api/v1/journeys/{id}/stages/{stageId}/touchpoints",
				"PUT /api/v1/journeys/{id}/touchpoints/{touchpointId}",
				"DELETE /api/v1/journeys/{id}/touchpoints/{touchpointId}",
				"POST /api/v1/journeys/{id}/touchpoints/{touchpointId}/move", "POST /api/v1/journeys/{id}/publish",
				"POST /api/v1/surveys", "PUT /api/v1/surveys/{id}/definition", "POST /api/v1/surveys/{id}/open",
				"POST /api/v1/surveys/{id}/close", "POST /surveys", "POST /surveys/{id}/open",
				"POST /surveys/{id}/close", "POST /surveys/{id}/definition", "POST /surveys/{id}/settings",
				"GET /api/v1/surveys/{id}/import-mappings", "PUT /api/v1/surveys/{id}/import-mappings/{name}",
				"POST /api/v1/surveys/{id}/imports", "POST /api/v1/surveys/{id}/imports/preview",
				"GET /surveys/{id}/questions/new", "GET /surveys/{id}/questions/{key}", "POST /surveys/{id}/questions",
				"POST /surveys/{id}/questions/{key}", "POST /surveys/{id}/questions/{key}/move",
				"POST /surveys/{id}/questions/{key}/duplicate", "POST /surveys/{id}/questions/{key}/delete",
				"POST /api/v1/surveys/import", "POST /surveys/import", "GET /surveys/{id}/kiosks",
				"POST /surveys/{id}/kiosks", "POST /surveys/{id}/kiosks/{deviceId}/revoke",
				"GET /surveys/{id}/invitations", "POST /surveys/{id}/invitations",
				"GET /api/v1/surveys/{id}/invitations", "POST /api/v1/surveys/{id}/invitations",
				"GET /api/v1/surveys/{id}/invitations/summary" }) {
			ACCESS.put(write, DESIGNERS);
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointHasADeclaredAccessRule() {
		Set<String> undeclared = new TreeSet<>(endpoints());
		undeclared.removeAll(ACCESS.keySet());
		assertThat(undeclared).as("endpoints without an entry in the access table").isEmpty();
	}

	@Test
	void anonymousCallersReachOnlyPublicEndpoints() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (String endpoint : endpoints()) {
			int status = call(endpoint, null);
			boolean refused = status == 401 || status == 302 && isLoginRedirect;
			if (ACCESS.get(endpoint) instanceof Public == refused) {
				wrong.add(endpoint + " -> " + status);
			}
		}
		assertThat(wrong).as("anonymous access contrary to the table").isEmpty();
	}

	@Test
	void eachRoleIsDeniedExactlyWhatTheTableDoesNotGrantIt() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Role role : Role.values()) {
			MockHttpSession session = TestUsers.signInDemo(mvc, role);
			for (String endpoint : endpoints()) {
				int status = call(endpoint, session);
				Access access = ACCESS.get(endpoint);
				boolean allowed = !(access instanceof Roles roles) || roles.roles().contains(role);
				if (allowed == (status == 403) || status == 401) {
					wrong.add(role + " " + endpoint + " -> " + status);
				}
			}
		}
		assertThat(wrong).as("role access contrary to the table").isEmpty();
	}

	@Test
	void actuatorMetricsAreNotPublicButHealthIs() throws Exception {
		assertThat(call("GET /actuator/health", null)).isEqualTo(200);
		assertThat(call("GET /actuator/health/liveness", null)).isEqualTo(200);
		assertThat(call("GET /actuator/prometheus", null)).isEqualTo(401);
		assertThat(call("GET /actuator/prometheus", TestUsers.signInDemo(mvc, Role.ANALYST))).isEqualTo(403);
		assertThat(call("GET /actuator/prometheus", TestUsers.signInDemo(mvc, Role.ADMIN))).isEqualTo(200);
	}

	private boolean isLoginRedirect;

	private int call(String endpoint, MockHttpSession session) throws Exception {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "999999999");
		MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf("*".equals(method) ? "GET" : method), path)
			.with(csrf());
		if (session != null) {
			builder.session(session);
		}
		if (path.startsWith("/api/") && !"GET".equals(method) && !"DELETE".equals(method)) {
			builder.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{}");
		}
		var response = mvc.perform(builder).andReturn().getResponse();
		isLoginRedirect = response.getRedirectedUrl() != null && response.getRedirectedUrl().endsWith("/login");
		return response.getStatus();
	}

	private Set<String> endpoints() {
		Set<String> result = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					result.add("* " + pattern);
				}
				methods.forEach(m -> result.add(m.name() + " " + pattern));
			}
		});
		return result;
	}

}
