package io.peakxm.workspace;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * While the demo data is still being prepared on a first start, pages say so instead of
 * looking incomplete.
 */
@PeakXmIntegrationTest
class DemoPreparationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoPreparation preparation;

	@Test
	void dashboardsSayTheDemoIsStillBeingPreparedUntilTheApplicationIsReady() throws Exception {
		assertThat(preparation.inProgress()).as("the demo was ready when the application was").isFalse();
		MockHttpSession analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		preparation.begin();
		try {
			mvc.perform(get("/metrics").session(analyst))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-testid=\"preparing-demo\"")))
				.andExpect(content().string(containsString("PeakXM is still preparing the demo workspace")));
		}
		finally {
			preparation.finish();
		}
		mvc.perform(get("/metrics").session(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"preparing-demo\""))));
	}

}
