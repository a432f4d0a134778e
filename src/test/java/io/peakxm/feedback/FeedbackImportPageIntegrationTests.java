package io.peakxm.feedback;

import java.nio.charset.StandardCharsets;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feedback import page: linked from the inbox for those who may import, a preview
 * with hostile cells shown as text, a mapping form with a select per column, the result
 * or every problem by row and column.
 */
@PeakXmIntegrationTest
class FeedbackImportPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession analyst;

	String run;

	@BeforeEach
	void setUp() throws Exception {
		analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		run = "page" + System.nanoTime() + "-";
	}

	@Test
	void theInboxLinksThePageForThoseWhoMayImport() throws Exception {
		mvc.perform(get("/feedback").session(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"feedback-import-link\"")));
		mvc.perform(get("/feedback").session(TestUsers.signInDemo(mvc, Role.AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("feedback-import-link"))));
		mvc.perform(get("/feedback/import").session(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"feedback-import-form\"")));
	}

	@Test
	void previewsTheFileWithHostileCellsEscapedAndOneSelectPerColumn() throws Exception {
		String csv = "id,Review,text\n" + run + "1,<script>alert('x')</script>,plain\n";
		mvc.perform(upload(csv, "preview"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("data-testid=\"import-mapping-form\"")))
			.andExpect(content().string(containsString("name=\"column\" value=\"Review\"")))
			// A column named like a target is mapped to it at first.
			.andExpect(content().string(containsString("<option value=\"text\" selected=\"selected\"")));
		assertThat(count()).isZero();
	}

	@Test
	void importsWithTheMappingChosenAndListsProblemsByRowAndColumn() throws Exception {
		String csv = "id,Stars,Review\n" + run + "1,4,Quick check-in\n" + run + "2,five,Long queue\n";
		mvc.perform(upload(csv, "import").param("column", "id", "Stars", "Review")
			.param("target", "externalId", "rating", "text")
			.param("fieldName", "", "", "")
			.param("source", "review"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("row 3.Stars: &#39;five&#39; is not a number.")));
		assertThat(count()).isZero();
		String name = "page " + run;
		mvc.perform(upload(csv.replace("five", "2"), "import").param("column", "id", "Stars", "Review")
			.param("target", "externalId", "rating", "text")
			.param("fieldName", "", "", "")
			.param("source", "review")
			.param("saveAs", name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 items created, 0 left out as duplicates, of 2 rows.")));
		assertThat(count()).isEqualTo(2);
		// The saved mapping is offered, and imports by itself.
		mvc.perform(get("/feedback/import").session(analyst))
			.andExpect(content().string(containsString("<option value=\"" + name + "\"")));
		mvc.perform(upload(csv.replace("five", "2"), "import").param("mappingName", name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0 items created, 2 left out as duplicates, of 2 rows.")));
	}

	private MockMultipartHttpServletRequestBuilder upload(String csv, String step) {
		MockMultipartHttpServletRequestBuilder request = multipart("/feedback/import")
			.file(new MockMultipartFile("file", "reviews.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		request.param("step", step).param("encoding", "auto").session(analyst).with(csrf());
		return request;
	}

	private long count() {
		return jdbc.sql("select count(*) from feedback_item where external_id like :p")
			.param("p", run + "%")
			.query(Long.class)
			.single();
	}

}
