package io.peakxm.workspace.internal;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in attempts and answers to invitation links are limited per client address, like
 * other public paths.
 */
class SignInThrottleFilterTests {

	private final SignInThrottleFilter filter = new SignInThrottleFilter(2, Clock.systemUTC());

	@Test
	void refusesFloodsOfInvitationAnswersFromOneAddress() throws Exception {
		assertThat(post("/join/abc/account", "10.0.0.1").getStatus()).isEqualTo(200);
		assertThat(post("/join/abc/decline", "10.0.0.1").getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = post("/join/abc/accept", "10.0.0.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotBlank();
		assertThat(post("/join/abc/account", "10.0.0.2").getStatus()).isEqualTo(200);
	}

	@Test
	void refusedSignInsGetTheSamePageAsEveryFailedSignIn() throws Exception {
		post("/login", "10.0.0.3");
		post("/join/abc/decline", "10.0.0.3");
		assertThat(post("/login", "10.0.0.3").getRedirectedUrl()).isEqualTo("/login?error");
	}

	private MockHttpServletResponse post(String path, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setServletPath(path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
