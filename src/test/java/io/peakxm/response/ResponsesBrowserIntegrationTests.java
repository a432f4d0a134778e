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

	@Autowired
	io.peakxm.survey.Surveys surveys;

	MockHttpSession analyst;

	long survey;

	@BeforeEach
	void signIn() throws Exception {
		analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		survey = jdbc.sql("select min(survey_id) from response where idempotency_key like 'demo-%'")
			.query(Long.class)
			.single();
	}

	@Test
	void filtersByHiddenFieldScoreAndText() throws Exception {
		mvc.perform(get("/api/v1/surveys/" + survey + "/responses").param("field", "cabin=Business")
			.param("scoreMin", "0")
			.param("scoreMax", "6")
			.param("size", "200")
			.session(analyst))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].fields.cabin", everyItem(org.hamcrest.Matchers.is("Business"))))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)));
		long expected = jdbc
			.sql("""
					select count(*) from response r where r.survey_id = :s
					and exists (select 1 from response_field f where f.response_id = r.id and f.name = 'cabin' and f.field_value = 'Business')
					and exists (select 1 from response_answer a where a.response_id = r.id and a.question_key = 'nps' and a.number_value <= 6)""")
			.param("s", survey)
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/surveys/" + survey + "/responses").param("field", "cabin=Business")
			.param("scoreMin", "0")
			.param("scoreMax", "6")
			.session(analyst)).andExpect(jsonPath("$.total").value((int) expected));
		mvc.perform(get("/surveys/" + survey + "/responses").param("q", "行李").session(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("行李")));
	}

	@Test
	void exportsCsvWithOneColumnPerQuestionAndMatrixRow() throws Exception {
		String csv = mvc
			.perform(get("/surveys/" + survey + "/responses.csv").param("from", "2000-01-01").session(analyst))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String header = csv.lines().findFirst().orElseThrow();
		assertThat(header).contains("response_id,submitted_at,channel", ",nps,", "touchpoints.tp_", ",comment,",
				",flight,");
		long rows = jdbc.sql("select count(*) from response where survey_id = :s")
			.param("s", survey)
			.query(Long.class)
			.single();
		assertThat(csv.lines().count()).isEqualTo(rows + 1);
	}

	@Test
	void exportsTheSameTableAsXlsxWithNumbersAsNumbers() throws Exception {
		byte[] xlsx = mvc
			.perform(get("/surveys/" + survey + "/responses.xlsx").param("field", "cabin=Business").session(analyst))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
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
				.param("s", survey)
				.query(Long.class)
				.single();
			assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
			assertThat(sheet.getRow(1).getCell(nps).getCellType())
				.isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
		}
	}

	@Test
	void onlyAnalystsAndAdministratorsExportAndOnlyAdministratorsDelete() throws Exception {
		MockHttpSession designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
		mvc.perform(get("/surveys/" + survey + "/responses.csv").session(designer)).andExpect(status().isForbidden());
		MockHttpSession viewer = TestUsers.signInDemo(mvc, Role.VIEWER);
		mvc.perform(get("/surveys/" + survey + "/responses").session(viewer)).andExpect(status().isForbidden());

		String publicId = jdbc.sql("select public_id from survey where id = :s")
			.param("s", survey)
			.query(String.class)
			.single();
		mvc.perform(post("/s/" + publicId).param("q.nps", "7").param("sid", "to-delete-1"));
		long victim = jdbc.sql("select id from response where idempotency_key = 'to-delete-1'")
			.query(Long.class)
			.single();
		mvc.perform(delete("/api/v1/responses/" + victim).session(analyst).with(csrf()))
			.andExpect(status().isForbidden());
		MockHttpSession admin = TestUsers.signInDemo(mvc, Role.ADMIN);
		mvc.perform(post("/surveys/" + survey + "/responses/" + victim + "/delete").session(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(
				jdbc.sql("select count(*) from response where id = :id").param("id", victim).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from response_answer where response_id = :id")
			.param("id", victim)
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/api/v1/audit").param("action", "response.deleted").session(admin))
			.andExpect(jsonPath("$.items[*].target", hasItem("response " + victim)));
	}

	@Test
	void showsScoresAsWholeNumbersAndRowsAndOptionsByTheirLabelsInTheReadersLanguage() throws Exception {
		long id = jdbc.sql("""
				select min(r.id) from response r where r.survey_id = :s
				and exists (select 1 from response_answer a where a.response_id = r.id and a.row_key is not null)""")
			.param("s", survey)
			.query(Long.class)
			.single();
		int nps = jdbc.sql("select number_value from response_answer where response_id = :r and question_key = 'nps'")
			.param("r", id)
			.query(Double.class)
			.single()
			.intValue();
		String page = mvc.perform(get("/surveys/" + survey + "/responses/" + id).session(analyst))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<td>" + nps + "</td>").doesNotContain(nps + ".00", "· tp_", "<dd>en</dd>");
		String rowKey = jdbc.sql("select min(row_key) from response_answer where response_id = :r")
			.param("r", id)
			.query(String.class)
			.single();
		var rowOption = surveys.get(TestUsers.demoActor(jdbc, Role.ANALYST), survey)
			.definition()
			.question("touchpoints")
			.orElseThrow()
			.rows()
			.stream()
			.filter(r -> r.key().equals(rowKey))
			.findFirst()
			.orElseThrow();
		String[] names = { rowOption.labelEn(), rowOption.labelZh() };
		assertThat(page).contains("· " + names[0]);
		mvc.perform(get("/surveys/" + survey + "/responses/" + id).session(analyst)
			.cookie(new jakarta.servlet.http.Cookie("peakxm-lang", "zh-CN")))
			.andExpect(content().string(containsString("· " + names[1])));
	}

	@Test
	void filtersByLanguageAndByAnAnswerToAMatrixRowOrAnOption() throws Exception {
		long chinese = jdbc.sql("select count(*) from response where survey_id = :s and language = 'zh-CN'")
			.param("s", survey)
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/surveys/" + survey + "/responses").param("language", "zh-CN").session(analyst))
			.andExpect(jsonPath("$.total").value((int) chinese));
		String row = jdbc.sql(
				"select min(row_key) from response_answer a join response r on r.id = a.response_id where r.survey_id = :s")
			.param("s", survey)
			.query(String.class)
			.single();
		long ratedFour = jdbc
			.sql("""
					select count(*) from response r where r.survey_id = :s and exists (select 1 from response_answer a
					where a.response_id = r.id and a.question_key = 'touchpoints' and a.row_key = :row and a.number_value = 4)""")
			.param("s", survey)
			.param("row", row)
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/surveys/" + survey + "/responses").param("question", "touchpoints")
			.param("row", row)
			.param("scoreMin", "4")
			.param("scoreMax", "4")
			.session(analyst)).andExpect(jsonPath("$.total").value((int) ratedFour));
		long greeted = jdbc.sql("""
				select count(*) from response r where r.survey_id = :s and exists (select 1 from response_answer a
				where a.response_id = r.id and a.question_key = 'crew_name' and a.option_key = 'yes')""")
			.param("s", survey)
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/surveys/" + survey + "/responses").param("question", "crew_name")
			.param("option", "yes")
			.session(analyst)).andExpect(jsonPath("$.total").value((int) greeted));
		// The page names the answer it is narrowed to, with the row's label and the score
		// column for that row.
		mvc.perform(get("/surveys/" + survey + "/responses").param("question", "crew_name")
			.param("option", "yes")
			.session(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Did the cabin crew address you by name?")))
			.andExpect(content().string(containsString("chose Yes")));
	}

	@Test
	void refusesAQuestionRowOptionOrLanguageTheSurveyDoesNotHaveByName() throws Exception {
		mvc.perform(get("/api/v1/surveys/" + survey + "/responses").param("question", "touchpoints")
			.param("row", "tp_0")
			.session(analyst)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("row"));
		mvc.perform(get("/api/v1/surveys/" + survey + "/responses").param("question", "nope").session(analyst))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("question"));
		mvc.perform(get("/api/v1/surveys/" + survey + "/responses").param("option", "yes").session(analyst))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("option"));
		mvc.perform(get("/api/v1/surveys/" + survey + "/responses").param("language", "fr").session(analyst))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("language"));
		mvc.perform(get("/api/v1/surveys/" + survey + "/responses").param("question", "crew_name")
			.param("scoreMin", "1")
			.session(analyst))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scoreMin"));
		mvc.perform(get("/surveys/" + survey + "/responses").param("question", "<b>nope</b>").session(analyst))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("data-testid=\"filter-errors\"")))
			.andExpect(
					content().string(containsString("No question &#39;&lt;b&gt;nope&lt;/b&gt;&#39; in this survey.")));
	}

	@Test
	void showsOneResponseWithItsAnswers() throws Exception {
		long id = jdbc.sql("select min(id) from response where survey_id = :s")
			.param("s", survey)
			.query(Long.class)
			.single();
		mvc.perform(get("/surveys/" + survey + "/responses/" + id).session(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How likely are you to recommend us")))
			.andExpect(content().string(containsString("booking_ref")));
	}

}
