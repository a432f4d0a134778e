package io.peakxm.feedback;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.shared.files.XlsxFixtures;
import io.peakxm.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Feedback imported from files through the API: CSV in UTF-8 and in GB18030 (detected),
 * XLSX, JSON arrays and NDJSON; all rows or none with every problem named by row and
 * column; the same file twice gives duplicates only; saved mappings; who may import.
 */
@PeakXmIntegrationTest
class FeedbackImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** A prefix of this test's external ids, so that counts see only its rows. */
	String run;

	MockHttpSession analyst;

	DemoJourney airline;

	long baggage;

	@BeforeEach
	void setUp() throws Exception {
		run = "imp" + System.nanoTime() + "-";
		airline = DemoJourney.airline(jdbc);
		baggage = airline.touchpoint("Baggage handling");
		analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
	}

	@Test
	void importsAUtf8CsvWithItsMappingAndTheSameFileTwiceGivesDuplicatesOnly() throws Exception {
		String csv = "id,Stars,Review,Posted,Hotel,Tier,Where\n" //
				+ run + "1,2,\"Bags took an hour, again.\",2026-03-01 09:30:00,Pudong,gold,Baggage handling\n" //
				+ run + "2,4.5,=HYPERLINK(\"http://x.example\"),2026/03/02,Hongqiao,,\n" //
				+ run + "3,5,Lovely crew,2026-03-03 10:00,Pudong,silver," + baggage + "\n";
		String mapping = """
				{"source":"review","journeyId":%d,"dateFormat":"yyyy-MM-dd HH:mm:ss","timeZone":"Asia/Shanghai",
				 "columns":[{"column":"id","target":"externalId"},{"column":"Stars","target":"rating"},
				 {"column":"Review","target":"text"},{"column":"Posted","target":"writtenAt"},
				 {"column":"Hotel","target":"site"},{"column":"Tier","target":"field:tier"},
				 {"column":"Where","target":"touchpoint"}]}""".formatted(airline.id());
		// Row 3's date is written with slashes: the whole file is refused, naming it.
		importing("reviews.csv", csv.getBytes(StandardCharsets.UTF_8), mapping, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("row 3.Posted"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2026/03/02")));
		assertThat(count()).isZero();
		String fixed = csv.replace("2026/03/02", "2026-03-02");
		importing("reviews.csv", fixed.getBytes(StandardCharsets.UTF_8), mapping, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(3))
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.duplicates").value(0));
		assertThat(jdbc.sql("select written_at from feedback_item where external_id = :e")
			.param("e", run + "1")
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(Instant.parse("2026-03-01T01:30:00Z"));
		assertThat(value("rating", run + "2")).isEqualTo("4.50");
		assertThat(value("body", run + "2")).isEqualTo("=HYPERLINK(\"http://x.example\")");
		assertThat(value("body", run + "1")).isEqualTo("Bags took an hour, again.");
		assertThat(value("site", run + "3")).isEqualTo("Pudong");
		assertThat(value("touchpoint_id", run + "1")).isEqualTo(String.valueOf(baggage));
		assertThat(value("touchpoint_id", run + "3")).isEqualTo(String.valueOf(baggage));
		assertThat(jdbc
			.sql("select f.field_value from feedback_field f join feedback_item i on i.id = f.item_id "
					+ "where i.external_id = :e and f.name = 'tier'")
			.param("e", run + "1")
			.query(String.class)
			.single()).isEqualTo("gold");
		importing("reviews.csv", fixed.getBytes(StandardCharsets.UTF_8), mapping, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.duplicates").value(3));
		assertThat(count()).isEqualTo(3);
		// Each import is in the audit log with its file and counts.
		assertThat(jdbc.sql("""
				select detail from audit_event where action = 'feedback.imported' and target = 'file reviews.csv'
				order by id desc""").query(String.class).list()).startsWith("3 rows: 0 added, 3 already there");
	}

	@Test
	void detectsAGb18030CsvOfChineseReviewsAndFindsTouchpointsByTheirChineseNames() throws Exception {
		String nameZh = airline.nameZh(baggage);
		String csv = "编号,星级,评价,触点,语言\n" //
				+ run + "1,1,托运的箱子等了一个多小时才出来，太慢了。," + nameZh + ",zh-CN\n" //
				+ run + "2,5,空乘很热情，餐食也不错。,,zh-CN\n";
		byte[] bytes = csv.getBytes(Charset.forName("GB18030"));
		mvc.perform(
				multipart("/api/v1/feedback/imports/preview").file(file("点评.csv", bytes)).session(analyst).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.encoding").value("GB18030"))
			.andExpect(jsonPath("$.encodingDetected").value(true))
			.andExpect(jsonPath("$.header[2]").value("评价"))
			.andExpect(jsonPath("$.rows[0][2]").value("托运的箱子等了一个多小时才出来，太慢了。"));
		String mapping = """
				{"source":"review","journeyId":%d,"columns":[{"column":"编号","target":"externalId"},
				 {"column":"星级","target":"rating"},{"column":"评价","target":"text"},
				 {"column":"触点","target":"touchpoint"},{"column":"语言","target":"language"}]}""".formatted(airline.id());
		importing("点评.csv", bytes, mapping, null).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		assertThat(value("body", run + "1")).isEqualTo("托运的箱子等了一个多小时才出来，太慢了。");
		assertThat(value("language", run + "2")).isEqualTo("zh");
		assertThat(value("touchpoint_id", run + "1")).isEqualTo(String.valueOf(baggage));
		// Read as UTF-8, the same bytes are refused naming the line (the header's) and
		// the
		// encoding.
		importing("点评.csv", bytes, mapping, "UTF-8").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Line 1 is not valid UTF-8 text")));
	}

	@Test
	void importsAnXlsxWorkbook() throws Exception {
		byte[] xlsx = XlsxFixtures.sxssf(List.of(List.of("Review id", "Score", "Comment", "Channel"),
				List.of(run + "1", "3", "Check-in queue was long", "app_store"),
				List.of(run + "2", "", "Nice lounge", "")));
		String mapping = """
				{"source":"social","columns":[{"column":"Review id","target":"externalId"},
				 {"column":"Score","target":"rating"},{"column":"Comment","target":"text"},
				 {"column":"Channel","target":"source"}]}""";
		importing("export.xlsx", xlsx, mapping, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2));
		assertThat(value("source", run + "1")).isEqualTo("APP_STORE");
		assertThat(value("source", run + "2")).isEqualTo("SOCIAL");
		assertThat(value("rating", run + "2")).isNull();
	}

	@Test
	void importsJsonArraysAndNdjsonAndNamesTheirRows() throws Exception {
		String array = """
				[{"id":"%1$s1","stars":4,"text":"Smooth boarding","at":1772900000,"meta":{"lang":"en"}},
				 {"id":"%1$s2","stars":null,"text":"Wifi did not work"}]""".formatted(run);
		String mapping = """
				{"source":"app_store","dateFormat":"epoch","columns":[{"column":"id","target":"externalId"},
				 {"column":"stars","target":"rating"},{"column":"text","target":"text"},{"column":"at","target":"writtenAt"}]}""";
		importing("items.json", array.getBytes(StandardCharsets.UTF_8), mapping, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2));
		assertThat(value("rating", run + "1")).isEqualTo("4.00");
		assertThat(jdbc.sql("select written_at from feedback_item where external_id = :e")
			.param("e", run + "1")
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(Instant.ofEpochSecond(1772900000));
		String ndjson = "{\"id\":\"" + run + "3\",\"text\":\"Great crew\",\"at\":1772900000}\n\n" //
				+ "{\"id\":\"" + run + "4\",\"text\":\"Slow bags\",\"stars\":\"many\"}\n";
		importing("items.ndjson", ndjson.getBytes(StandardCharsets.UTF_8), mapping, null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("row 3.stars"));
		importing("items.ndjson", ndjson.replace("\"many\"", "2").getBytes(StandardCharsets.UTF_8), mapping, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2));
		importing("broken.json", "[{\"text\":\"a\"},".getBytes(StandardCharsets.UTF_8), mapping, null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		assertThat(count()).isEqualTo(4);
	}

	@Test
	void refusesAFileWithBadRowsListingEachByRowAndColumnAndStoresNothing() throws Exception {
		String csv = "id,Stars,Review,Where\n" //
				+ run + "1,4,Fine,\n" //
				+ run + "2,five,Bad rating,\n" //
				+ run + "3,3,,\n" //
				+ run + "4,9,Out of scale,\n" //
				+ run + "5,2\n" //
				+ run + "6,2,Unknown place,Moon gate\n";
		String mapping = """
				{"source":"review","journeyId":%d,"columns":[{"column":"id","target":"externalId"},
				 {"column":"Stars","target":"rating"},{"column":"Review","target":"text"},
				 {"column":"Where","target":"touchpoint"}]}""".formatted(airline.id());
		importing("bad.csv", csv.getBytes(StandardCharsets.UTF_8), mapping, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(5))
			.andExpect(jsonPath("$.errors[0].field").value("row 3.Stars"))
			.andExpect(jsonPath("$.errors[1].field").value("row 4.Review"))
			.andExpect(jsonPath("$.errors[2].field").value("row 5.Stars"))
			.andExpect(jsonPath("$.errors[3].field").value("row 6"))
			.andExpect(jsonPath("$.errors[4].field").value("row 7.Where"))
			.andExpect(jsonPath("$.errors[4].message").value(containsString("Moon gate")));
		assertThat(count()).isZero();
		importing("bad.csv", csv.getBytes(StandardCharsets.UTF_8),
				"{\"columns\":[{\"column\":\"Nope\",\"target\":\"text\"},{\"column\":\"Stars\",\"target\":\"stars\"}]}",
				null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("columns[0].column")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("columns[1].target")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("source")));
	}

	@Test
	void refusesMoreRowsThanOneImportTakes() throws Exception {
		StringBuilder csv = new StringBuilder("text\n");
		for (int i = 0; i <= NewFeedback.MAX_BATCH; i++) {
			csv.append("row ").append(i).append('\n');
		}
		importing("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
				"{\"source\":\"review\",\"columns\":[{\"column\":\"text\",\"target\":\"text\"}]}", null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("more than 50,000 rows")));
	}

	@Test
	void reusesAMappingSavedByName() throws Exception {
		String name = "monthly " + run;
		mvc.perform(put("/api/v1/feedback/import-mappings/{name}", name).session(analyst)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"source":"review","ratingMin":0,"ratingMax":10,"encoding":"GB18030",
					 "columns":[{"column":"编号","target":"externalId"},{"column":"分数","target":"rating"},
					 {"column":"内容","target":"text"}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(name));
		mvc.perform(get("/api/v1/feedback/import-mappings").session(analyst))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(hasItem(name)));
		byte[] csv = ("编号,分数,内容\n" + run + "1,8,座椅很舒服\n").getBytes(Charset.forName("GB18030"));
		mvc.perform(multipart("/api/v1/feedback/imports").file(file("月度.csv", csv))
			.param("mappingName", name)
			.session(analyst)
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
		assertThat(value("rating_scale_max", run + "1")).isEqualTo("10");
		mvc.perform(multipart("/api/v1/feedback/imports").file(file("月度.csv", csv))
			.param("mappingName", "nobody saved this")
			.session(analyst)
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/feedback/import-mappings/{name}", name).session(analyst)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"source\":\"review\",\"columns\":[{\"column\":\"a\",\"target\":\"body\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("columns[0].target")));
	}

	@Test
	void viewersAndAgentsMayNotImport() throws Exception {
		for (Role role : List.of(Role.VIEWER, Role.AGENT)) {
			MockHttpSession session = TestUsers.signInDemo(mvc, role);
			mvc.perform(multipart("/api/v1/feedback/imports")
				.file(file("a.csv", "text\nhello\n".getBytes(StandardCharsets.UTF_8)))
				.param("mapping", "{\"source\":\"review\",\"columns\":[{\"column\":\"text\",\"target\":\"text\"}]}")
				.session(session)
				.with(csrf())).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/feedback/import-mappings").session(session)).andExpect(status().isForbidden());
			mvc.perform(get("/feedback/import").session(session)).andExpect(status().isForbidden());
		}
	}

	private ResultActions importing(String name, byte[] content, String mapping, String encoding) throws Exception {
		var request = multipart("/api/v1/feedback/imports").file(file(name, content))
			.file(new MockMultipartFile("mapping", "", "application/json", mapping.getBytes(StandardCharsets.UTF_8)));
		if (encoding != null) {
			request.param("encoding", encoding);
		}
		return mvc.perform(request.session(analyst).with(csrf()));
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private long count() {
		return jdbc.sql("select count(*) from feedback_item where external_id like :p")
			.param("p", run + "%")
			.query(Long.class)
			.single();
	}

	private String value(String column, String externalId) {
		return jdbc.sql("select cast(" + column + " as varchar(20000)) from feedback_item where external_id = :e")
			.param("e", externalId)
			.query(String.class)
			.list()
			.get(0);
	}

}
