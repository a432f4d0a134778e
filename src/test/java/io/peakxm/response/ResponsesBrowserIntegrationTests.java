package io.peakxm.response;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The responses browser over the demo's generated post-flight responses. */
@PeakXmIntegrationTest
class ResponsesBrowserIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession analyst;

	long survey;

	@BeforeEach
	void signIn() throws Exception {
		analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		survey = jdbc.sql("select min(survey_id) from response where idempotency_key like 'demo-%'").query(Long.class).single();
	}

	@Test
	void filtersByHiddenFieldScoreAndText() throws Exception {
		mvc.perform(get("/api/v1/surveys/" + survey + "/responses").param("field", "cabin=Business")
				.param("scoreMin", "0").param("scoreMax", "6").param("size", "200").session(analyst))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].fields.cabin", everyItem(org.hamcrest.Matchers.is("Business"))))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)));
		long expected = jdbc.sql("""
				select count(*) from response r where r.survey_id = :s
				and exists (select 1 from response_field f where f.response_id = r.id and f.name = 'cabin' and f.field_value = 'Business')
				and exists (select 1 from response_answer a where a.response_id = r.id and a.question_key = 'nps' and a.number_value <= 6)""")
			.param("s", survey).query(Long.class).single();
		mvc.perform(get("/api/v1/surveys/" + survey + "/responses").param("field", "cabin=Business")
				.param("scoreMin", "0").param("scoreMax", "6").session(analyst))
			.andExpect(jsonPath("$.total").value((int) expected));
		mvc.perform(get("/surveys/" + survey + "/responses").param("q", "行李").session(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("行李")));
	}

	@Test
	void exportsCsvWithOneColumnPerQuestionAndMatrixRow() throws Exception {
		String csv = mvc.perform(get("/surveys/" + survey + "/responses.csv").param("from", "2000-01-01").session(analyst))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String header = csv.lines().findFirst().orElseThrow();
		assertThat(header).contains("response_id,submitted_at,channel", ",nps,", "touchpoints.tp_", ",comment,", ",flight,");
		long rows = jdbc.sql("select count(*) from response where survey_id = :s").param("s", survey).query(Long.class).single();
		assertThat(csv.lines().count()).isEqualTo(rows + 1);
	}

	@Test
	void exportsTheSameTableAsXlsxWithNumbersAsNumbers() throws Exception {
		byte[] xlsx = mvc.perform(get("/surveys/" + survey + "/responses.xlsx").param("field", "cabin=Business").session(analyst))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			var header = sheet.getRow(0);
			int nps = -1;
			for (int i = 0; i < header.getLastCellNum(); i++) {
				if ("nps".equals(header.getCell(i).getStringCellValue())) {
					nps = i;
				}
			}
			assertThat(nps).isPositive();
			long expected = jdbc.sql("""
					select count(*) from response r where r.survey_id = :s and exists (select 1 from response_field f
					where f.response_id = r.id and f.name = 'cabin' and f.field_value = 'Business')""")
				.param("s", survey).query(Long.class).single();
			assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
			assertThat(sheet.getRow(1).getCell(nps).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
		}
	}

	@Test
	void onlyAnalystsAndAdministratorsExportAndOnlyAdministratorsDelete() throws Exception {
		MockHttpSession designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
		mvc.perform(get("/surveys/" + survey + "/responses.csv").session(designer)).andExpect(status().isForbidden());
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/surveys/" + survey + "/responses").session(viewer)).andExpect(status().isForbidden());

		String publicId = jdbc.sql("select public_id from survey where id = :s").param("s", survey).query(String.class).single();
		mvc.perform(post("/s/" + publicId).param("q.nps", "7").param("sid", "to-delete-1"));
		long victim = jdbc.sql("select id from response where idempotency_key = 'to-delete-1'").query(Long.class).single();
		mvc.perform(delete("/api/v1/responses/" + victim).session(analyst).with(csrf())).andExpect(status().isForbidden());
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		mvc.perform(post("/surveys/" + survey + "/responses/" + victim + "/delete").session(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from response where id = :id").param("id", victim).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from response_answer where response_id = :id").param("id", victim).query(Long.class).single()).isZero();
		mvc.perform(get("/api/v1/audit").param("action", "response.deleted").session(admin))
			.andExpect(jsonPath("$.items[*].target", hasItem("response " + victim)));
	}

	@Test
	void showsOneResponseWithItsAnswers() throws Exception {
		long id = jdbc.sql("select min(id) from response where survey_id = :s").param("s", survey).query(Long.class).single();
		mvc.perform(get("/surveys/" + survey + "/responses/" + id).session(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How likely are you to recommend us")))
			.andExpect(content().string(containsString("booking_ref")));
	}
}
