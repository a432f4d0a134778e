package io.peakxm.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.AirlineFile;
import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestEvents;
import io.peakxm.TestUsers;
import io.peakxm.journey.Channel;
import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.JourneyDesigner;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.Stage;
import io.peakxm.journey.Touchpoint;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Submission;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The formula corpus through every export end to end: hostile touchpoint, stage, question
 * and option names and hostile answers and hidden fields leave the responses and
 * dashboard exports (CSV and XLSX) neutralised, while numbers stay numbers.
 */
@PeakXmIntegrationTest
class SpreadsheetExportsIntegrationTests {

	static final List<String> TOUCHPOINT_NAMES = List.of("=1+1", "+83+1", "-1+HYPERLINK(\"http://x\")", "@SUM(A1)",
			"\uFF1DSUM(A1)", "=cmd|' /C calc'!A0");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JourneyDesigner journeyDesigner;

	@Autowired
	Journeys journeys;

	@Autowired
	SurveyDesigner surveyDesigner;

	@Autowired
	ResponseRecorder recorder;

	MockHttpSession analyst;

	Survey survey;

	@BeforeEach
	void hostileSurveyWithAnswers() throws Exception {
		analyst = TestUsers.signInDemo(mvc, Role.ANALYST);
		Actor designer = AirlineFile.designer(jdbc);
		List<Touchpoint> touchpoints = new ArrayList<>();
		for (int i = 0; i < TOUCHPOINT_NAMES.size(); i++) {
			touchpoints.add(new Touchpoint(null, TOUCHPOINT_NAMES.get(i), null, null, Channel.IN_PERSON, null, null,
					null, null, i % 2 == 0 ? -2 : 1, false, false, null));
		}
		long journeyId = journeyDesigner
			.create(designer, new JourneyDesign("Hostile trip " + System.nanoTime(), null, null, null, null, List
				.of(new Stage(null, "-2+HYPERLINK(\"http://x\")", null, null, null, null, null, null, touchpoints))));
		List<ChoiceOption> rows = new ArrayList<>();
		for (Touchpoint t : journeys.get(designer, journeyId).design().touchpointsInOrder()) {
			rows.add(new ChoiceOption("tp_" + t.id(), t.nameEn(), null, t.id()));
		}
		List<ChoiceOption> options = List.of(new ChoiceOption("a", "=1+1", null, null),
				new ChoiceOption("b", "@SUM(A1)", null, null),
				new ChoiceOption("c", "-1+HYPERLINK(\"http://x\")", null, null));
		List<Question> questions = List.of(
				new Question("nps", QuestionType.NPS, "=HYPERLINK(\"http://x\",\"How likely?\")", null, false, 1, null,
						List.of(), false, List.of(), null, null, null, null),
				new Question("visit", QuestionType.MATRIX, "+Rate each part", null, false, 1, null, List.of(), false,
						rows, null, null, null, null),
				new Question("reason", QuestionType.SINGLE_CHOICE, "@Why?", null, false, 1, null, options, false,
						List.of(), null, null, null, null),
				new Question("comment", QuestionType.TEXT_LONG, "-Anything else?", null, false, 1, null, List.of(),
						false, List.of(), null, null, null, null),
				new Question("ref", QuestionType.HIDDEN, null, null, false, 1, null, List.of(), false, List.of(), null,
						null, null, null));
		long id = surveyDesigner.create(designer,
				new SurveyDefinition("=Hostile survey", null, null, null, null, null, journeyId, questions));
		survey = surveyDesigner.open(designer, id,
				jdbc.sql("select revision from survey where id = :s").param("s", id).query(Integer.class).single());
		for (int i = 0; i < FormulaCorpus.HOSTILE.size(); i++) {
			Map<String, List<String>> answers = new HashMap<>();
			answers.put("nps", List.of(String.valueOf(i % 11)));
			answers.put("reason", List.of(options.get(i % 3).key()));
			answers.put("comment", List.of(FormulaCorpus.HOSTILE.get(i)));
			for (int r = 0; r < rows.size(); r++) {
				answers.put("visit." + rows.get(r).key(), List.of(String.valueOf(1 + (i + r) % 5)));
			}
			recorder.submit(survey, new Submission(io.peakxm.response.CollectionChannel.LINK, "en", null, null, null,
					"hostile-" + id + "-" + i, null, answers, Map.of("ref", FormulaCorpus.HOSTILE.get(i))));
		}
		TestEvents.awaitCompletion(jdbc);
	}

	@Test
	void responsesCsvNeutralisesHostileAnswersAndHiddenFieldsAndKeepsScoresAsNumbers() throws Exception {
		List<CSVRecord> records = csv("/surveys/" + survey.id() + "/responses.csv");
		List<String> header = records.get(0).toList();
		int comment = header.indexOf("comment");
		int ref = header.indexOf("ref");
		int nps = header.indexOf("nps");
		List<String> comments = new ArrayList<>();
		List<String> refs = new ArrayList<>();
		for (CSVRecord record : records.subList(1, records.size())) {
			comments.add(record.get(comment));
			refs.add(record.get(ref));
			assertThat(record.get(nps)).matches("\\d+");
		}
		assertThat(comments).containsExactlyInAnyOrderElementsOf(stored("comment").stream().map(s -> "'" + s).toList());
		assertThat(refs).containsExactlyInAnyOrderElementsOf(storedRefs().stream().map(s -> "'" + s).toList());
		assertNothingLive(records);
	}

	@Test
	void responsesXlsxNeutralisesHostileTextAndKeepsScoresNumeric() throws Exception {
		List<List<Cell>> rows = xlsx("/surveys/" + survey.id() + "/responses.xlsx");
		List<String> header = rows.get(0).stream().map(Cell::getStringCellValue).toList();
		int ref = header.indexOf("ref");
		int nps = header.indexOf("nps");
		List<String> refs = new ArrayList<>();
		for (List<Cell> row : rows.subList(1, rows.size())) {
			refs.add(row.get(ref).getStringCellValue());
			assertThat(row.get(nps).getCellType()).isEqualTo(CellType.NUMERIC);
		}
		assertThat(refs).containsExactlyInAnyOrderElementsOf(storedRefs().stream().map(s -> "'" + s).toList());
		assertNoTextCellLive(rows);
	}

	@Test
	void dashboardExportsNeutraliseHostileTouchpointStageQuestionAndOptionNames() throws Exception {
		for (String view : List.of("overview", "touchpoints", "distribution")) {
			String query = "?survey=" + survey.id() + (view.equals("distribution") ? "&question=reason" : "");
			List<CSVRecord> records = csv("/metrics/" + view + ".csv" + query);
			assertNothingLive(records);
			assertNoTextCellLive(xlsx("/metrics/" + view + ".xlsx" + query));
			String all = records.toString();
			switch (view) {
				case "overview" -> assertThat(all).contains("'=HYPERLINK(\"http://x\",\"How likely?\")");
				case "touchpoints" -> assertThat(all).contains("'-2+HYPERLINK(\"http://x\")", "'=1+1", "'+83+1",
						"'@SUM(A1)", "'\uFF1DSUM(A1)", "'=cmd|' /C calc'!A0");
				default -> assertThat(all).contains("'=1+1", "'@SUM(A1)", "'-1+HYPERLINK(\"http://x\")");
			}
		}
		List<List<Cell>> touchpoints = xlsx("/metrics/touchpoints.xlsx?survey=" + survey.id());
		assertThat(touchpoints.get(1).get(2).getCellType()).as("designed emotion -2 as a number")
			.isEqualTo(CellType.NUMERIC);
		assertThat(touchpoints.get(1).get(2).getNumericCellValue()).isEqualTo(-2.0);
	}

	/** Every CSV cell is a plain number or text that no spreadsheet runs. */
	private static void assertNothingLive(List<CSVRecord> records) {
		for (CSVRecord record : records) {
			for (String cell : record) {
				if (!cell.matches("-?\\d+(\\.\\d+)?")) {
					assertThat(FormulaCorpus.isLive(cell)).as("live cell %s in %s", cell, record).isFalse();
				}
			}
		}
	}

	private static void assertNoTextCellLive(List<List<Cell>> rows) {
		for (List<Cell> row : rows) {
			for (Cell cell : row) {
				if (cell != null && cell.getCellType() == CellType.STRING) {
					assertThat(FormulaCorpus.isLive(cell.getStringCellValue()))
						.as("live cell %s", cell.getStringCellValue())
						.isFalse();
				}
				assertThat(cell == null || cell.getCellType() != CellType.FORMULA).isTrue();
			}
		}
	}

	private List<String> stored(String questionKey) {
		return jdbc.sql("""
				select a.text_value from response_answer a join response r on r.id = a.response_id
				where r.survey_id = :s and a.question_key = :q""")
			.param("s", survey.id())
			.param("q", questionKey)
			.query(String.class)
			.list();
	}

	/**
	 * The hidden field values as stored (the validator trims them, as it trims text
	 * answers).
	 */
	private List<String> storedRefs() {
		return jdbc.sql("""
				select f.field_value from response_field f join response r on r.id = f.response_id
				where r.survey_id = :s and f.name = 'ref'""").param("s", survey.id()).query(String.class).list();
	}

	private List<CSVRecord> csv(String url) throws Exception {
		String body = mvc
			.perform(get(url).param("from", LocalDate.now(ZoneOffset.UTC).minusDays(30).toString()).session(analyst))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		if (body.startsWith("\uFEFF")) {
			body = body.substring(1);
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(body), CSVFormat.DEFAULT)) {
			return parser.getRecords();
		}
	}

	private List<List<Cell>> xlsx(String url) throws Exception {
		byte[] bytes = mvc
			.perform(get(url).param("from", LocalDate.now(ZoneOffset.UTC).minusDays(30).toString()).session(analyst))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<Cell>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<Cell> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add(row.getCell(c));
				}
				rows.add(cells);
			}
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		return rows;
	}

}
