package io.peakxm.response;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.peakxm.AirlineFile;
import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.shared.files.XlsxFixtures;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files in through the API and the pages: encodings (GB18030 from Excel on Chinese
 * Windows, windows-1252, UTF-8 with BOM, UTF-16), rows with the wrong number of cells or
 * characters that cannot be stored, and a large XLSX file streamed — all or nothing,
 * problems named by row and column, limits in words.
 */
@PeakXmIntegrationTest
class ImportFilesIntegrationTests {

	/** A file with Chinese headers and comments, as a Chinese office would export it. */
	static final String CHINESE_CSV = "编号,座椅舒适度,舱位,评语\n1,4,公务舱,航班准点，服务很好\n2,5,经济舱,座椅宽敞\n3,2,经济舱,行李等了很久\n";

	static final String CHINESE_MAPPING = """
			{"language":"zh-CN","columns":[{"column":"编号","target":"@journeyInstanceKey"},
			{"column":"座椅舒适度","target":"touchpoints.%s"},{"column":"舱位","target":"cabin"},
			{"column":"评语","target":"comment"}]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SurveyDesigner designer;

	@Autowired
	Surveys surveys;

	MockHttpSession session;

	Survey survey;

	@BeforeEach
	void airlineSurvey() throws Exception {
		session = TestUsers.signInDemo(mvc, Role.DESIGNER);
		survey = AirlineFile.newSurvey(jdbc, designer, surveys);
	}

	@Test
	void importsAGb18030FileAndSaysItDetectedTheEncoding() throws Exception {
		importing("chinese.csv", CHINESE_CSV.getBytes(Charset.forName("GB18030")), chineseMapping(), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3))
			.andExpect(jsonPath("$.encoding").value("GB18030"))
			.andExpect(jsonPath("$.encodingDetected").value(true));
		assertThat(texts("comment")).containsExactlyInAnyOrder("航班准点，服务很好", "座椅宽敞", "行李等了很久");
		assertThat(fields("cabin")).contains("公务舱", "经济舱");
	}

	@Test
	void importsWindows1252AndUtf16AndUtf8WithByteOrderMarks() throws Exception {
		String western = "id,Seat comfort,Class\n11,4,Zürich café\n12,3,Genève\n";
		importing("western.csv", western.getBytes(Charset.forName("windows-1252")), mapping(), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.encoding").value("windows-1252"));
		String utf16 = "id,Seat comfort,Class\n21,5,Málaga\n";
		importing("unicode.csv",
				bytes(new byte[] { (byte) 0xFF, (byte) 0xFE }, utf16.getBytes(StandardCharsets.UTF_16LE)), mapping(),
				null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.encoding").value("UTF-16"));
		String utf8 = "id,Seat comfort,Class\n31,5,São Paulo 头等舱\n";
		importing("bom.csv",
				bytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8.getBytes(StandardCharsets.UTF_8)),
				mapping(), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.encoding").value("UTF-8"));
		assertThat(fields("cabin")).containsExactlyInAnyOrder("Zürich café", "Genève", "Málaga", "São Paulo 头等舱");
	}

	@Test
	void refusesBytesThatAreNotTheChosenEncodingNamingTheLineAndImportsNothing() throws Exception {
		String western = "id,Seat comfort,Class\n11,4,Economy\n12,3,Genève\n";
		importing("western.csv", western.getBytes(Charset.forName("windows-1252")), mapping(), "UTF-8")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"Line 3 is not valid UTF-8 text. Choose the encoding the file was saved in (Excel on Chinese Windows "
							+ "saves GB18030, on Western European Windows windows-1252) and upload it again."));
		assertThat(count()).isZero();
	}

	@Test
	void aSavedMappingRemembersTheEncodingOfTheMonthlyFile() throws Exception {
		String mapping = chineseMapping().replace("\"language\":\"zh-CN\"",
				"\"language\":\"zh-CN\",\"encoding\":\"GBK\"");
		mvc.perform(put("/api/v1/surveys/" + survey.id() + "/import-mappings/monthly").session(session)
			.with(csrf())
			.contentType("application/json")
			.content(mapping)).andExpect(status().isOk());
		mvc.perform(multipart("/api/v1/surveys/" + survey.id() + "/imports")
			.file(new MockMultipartFile("file", "march.csv", "text/csv",
					CHINESE_CSV.getBytes(Charset.forName("GB18030"))))
			.param("mappingName", "monthly")
			.session(session)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.encoding").value("GB18030"))
			.andExpect(jsonPath("$.encodingDetected").value(false));
		assertThat(texts("comment")).contains("行李等了很久");
	}

	@Test
	void thePreviewShowsTheDecodedHeaderAndFirstRowsAndTheEncodingUsed() throws Exception {
		mvc.perform(multipart("/api/v1/surveys/" + survey.id() + "/imports/preview")
			.file(new MockMultipartFile("file", "chinese.csv", "text/csv",
					CHINESE_CSV.getBytes(Charset.forName("GB18030"))))
			.session(session)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.header[3]").value("评语"))
			.andExpect(jsonPath("$.rows[0][3]").value("航班准点，服务很好"))
			.andExpect(jsonPath("$.rows.length()").value(3))
			.andExpect(jsonPath("$.encoding").value("GB18030"))
			.andExpect(jsonPath("$.encodingDetected").value(true));
		mvc.perform(multipart("/api/v1/surveys/" + survey.id() + "/imports/preview")
			.file(new MockMultipartFile("file", "chinese.csv", "text/csv",
					CHINESE_CSV.getBytes(Charset.forName("GB18030"))))
			.param("encoding", "windows-1252")
			.session(session)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.encoding").value("windows-1252"))
			.andExpect(jsonPath("$.header[3]")
				.value(new String(CHINESE_CSV.getBytes(Charset.forName("GB18030")), Charset.forName("windows-1252"))
					.split("\n")[0].split(",")[3]));
		assertThat(count()).isZero();
	}

	@Test
	void refusesRowsWithTooFewOrTooManyCellsNamingEachRowAndImportsNothing() throws Exception {
		String csv = "id,Seat comfort,Class\n1,4,Eco\n2,5\n\n3,4,Eco,extra\n4,3,Business\n";
		importing("short.csv", csv.getBytes(StandardCharsets.UTF_8), mapping(), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("row 3"))
			.andExpect(jsonPath("$.errors[0].message").value("The row has 2 cells; the header has 3."))
			.andExpect(jsonPath("$.errors[1].field").value("row 5"))
			.andExpect(jsonPath("$.errors[1].message").value("The row has 4 cells; the header has 3."));
		assertThat(count()).isZero();
	}

	@Test
	void refusesANulCharacterNamingRowAndColumnInsteadOfFailing() throws Exception {
		String csv = "id,Seat comfort,Class\n1,4,Eco\n2,5,Busi\u0000ness\n";
		importing("nul.csv", csv.getBytes(StandardCharsets.UTF_8), mapping(), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("row 3: Class"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("U+0000")));
		assertThat(count()).isZero();
	}

	@Test
	void importsAnHonestLargeXlsxFileStreamed() throws Exception {
		LargeWorkbook workbook = LargeWorkbook.of(190_000);
		assertThat(workbook.bytes.length).as("an XLSX of about 16.5 MB").isBetween(15_500_000, 17_500_000);
		List<String> columns = new ArrayList<>(AirlineFile.TOUCHPOINTS.keySet());
		long started = System.nanoTime();
		importing("passengers.xlsx", workbook.bytes, AirlineFile.mapping(survey, columns, AirlineFile.PROFILE), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(workbook.rows));
		System.out.printf("Imported %,d bytes of XLSX (%,d rows) in %,d ms%n", workbook.bytes.length, workbook.rows,
				(System.nanoTime() - started) / 1_000_000);
		assertThat(count()).isEqualTo(workbook.rows);
		for (int c : new int[] { 0, columns.size() - 1 }) {
			var stats = jdbc
				.sql("""
						select count(*) as n, sum(a.number_value) as total from response_answer a join response r on r.id = a.response_id
						where r.survey_id = :s and a.question_key = 'touchpoints' and a.row_key = :row""")
				.param("s", survey.id())
				.param("row", AirlineFile.rowKey(survey, AirlineFile.TOUCHPOINTS.get(columns.get(c))))
				.query((rs, i) -> new long[] { rs.getLong("n"), rs.getLong("total") })
				.single();
			assertThat(stats).as(columns.get(c)).containsExactly(workbook.ratings[c][0], workbook.ratings[c][1]);
		}
	}

	@Test
	void refusesAZipBombWorkbookInWords() throws Exception {
		byte[] bomb = XlsxFixtures.replacing(
				XlsxFixtures.sxssf(List.of(List.of("id", "Seat comfort", "Class"), List.of("1", "4", "BOMB"))), "BOMB",
				"a".repeat(20_000_000));
		importing("bomb.xlsx", bomb, mapping(), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("The workbook unpacks to more than 100 times its size, "
					+ "which spreadsheet files never do; it is refused as a possible zip bomb."));
	}

	@Test
	void invitationUploadsReadTheChosenOrDetectedEncoding() throws Exception {
		long demo = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
		String address = "wang." + System.nanoTime() + "@example.com";
		String csv = "email,name,language\n" + address + ",王小明,zh-CN\n";
		mvc.perform(get("/surveys/" + demo + "/invitations").session(session))
			.andExpect(content().string(containsString("data-testid=\"upload-encoding\"")))
			.andExpect(content().string(containsString("GB18030 / GBK / GB2312")));
		upload(demo, csv.getBytes(Charset.forName("GB18030")), "auto").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", containsString("The file was read as GB18030.")));
		assertThat(jdbc.sql("select name from invitation where email = :e")
			.param("e", address)
			.query(String.class)
			.single()).isEqualTo("王小明");
		upload(demo, csv.getBytes(Charset.forName("GB18030")), "UTF-8").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Line 2 is not valid UTF-8 text.")));
	}

	@Test
	void anInvitationFileOverTheRowLimitIsRefusedInWords() throws Exception {
		long demo = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("email"));
		for (int i = 0; i <= Invitations.MAX_RECIPIENTS; i++) {
			rows.add(List.of("p" + i + "@example.com"));
		}
		byte[] xlsx = XlsxFixtures.sxssf(rows);
		mvc.perform(multipart("/surveys/" + demo + "/invitations")
			.file(new MockMultipartFile("file", "many.xlsx", "application/octet-stream", xlsx))
			.session(session)
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("The file has more than 10,000 rows; the limit is 10,000 rows per file.")));
	}

	private ResultActions upload(long surveyId, byte[] content, String encoding) throws Exception {
		return mvc.perform(multipart("/surveys/" + surveyId + "/invitations")
			.file(new MockMultipartFile("file", "people.csv", "text/csv", content))
			.param("encoding", encoding)
			.session(session)
			.with(csrf()));
	}

	private ResultActions importing(String name, byte[] content, String mapping, String encoding) throws Exception {
		var request = multipart("/api/v1/surveys/" + survey.id() + "/imports")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.file(new MockMultipartFile("mapping", "", "application/json", mapping.getBytes(StandardCharsets.UTF_8)))
			.session(session)
			.with(csrf());
		if (encoding != null) {
			request.param("encoding", encoding);
		}
		return mvc.perform(request);
	}

	private String chineseMapping() {
		return CHINESE_MAPPING.formatted(AirlineFile.rowKey(survey, "Seat comfort"));
	}

	private String mapping() {
		return AirlineFile.mapping(survey, List.of("Seat comfort"), Map.of("Class", "cabin"));
	}

	private long count() {
		return jdbc.sql("select count(*) from response where survey_id = :s")
			.param("s", survey.id())
			.query(Long.class)
			.single();
	}

	private List<String> texts(String question) {
		return jdbc.sql("""
				select a.text_value from response_answer a join response r on r.id = a.response_id
				where r.survey_id = :s and a.question_key = :q""")
			.param("s", survey.id())
			.param("q", question)
			.query(String.class)
			.list();
	}

	private List<String> fields(String name) {
		return jdbc.sql("""
				select f.field_value from response_field f join response r on r.id = f.response_id
				where r.survey_id = :s and f.name = :n""")
			.param("s", survey.id())
			.param("n", name)
			.query(String.class)
			.list();
	}

	private static byte[] bytes(byte[] prefix, byte[] rest) {
		return ByteBuffer.allocate(prefix.length + rest.length).put(prefix).put(rest).array();
	}

}
