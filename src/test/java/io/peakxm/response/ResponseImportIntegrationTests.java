package io.peakxm.response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.AirlineFile;
import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports are all or nothing; the real airline survey file imports completely and its
 * numbers survive.
 */
@PeakXmIntegrationTest
class ResponseImportIntegrationTests {

	static final Path AIRLINE = AirlineFile.PATH;

	static final Map<String, String> TOUCHPOINTS = AirlineFile.TOUCHPOINTS;

	static final Map<String, String> PROFILE = AirlineFile.PROFILE;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SurveyDesigner designer;

	@Autowired
	Surveys surveys;

	@Test
	void rejectsAFileWithBadRowsNamingRowColumnAndReasonAndImportsNothing() throws Exception {
		Survey survey = airlineSurvey();
		String csv = "id,Seat comfort,satisfaction\n1,4,satisfied\n2,9,satisfied\n3,x,neutral or dissatisfied\n";
		long before = count(survey.id());
		mvc.perform(multipart("/api/v1/surveys/" + survey.id() + "/imports")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("mapping", "", "application/json",
					mapping(survey, List.of("Seat comfort"),
							Map.of("id", "passenger_id", "satisfaction", "satisfaction"))
						.getBytes()))
			.session(designer())
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("row 3: Seat comfort"))
			.andExpect(jsonPath("$.errors[0].message").value("9 is outside the allowed range 1 to 5."))
			.andExpect(jsonPath("$.errors[1].field").value("row 4: Seat comfort"));
		assertThat(count(survey.id())).isEqualTo(before);
	}

	@Test
	void importsTheAirlinePassengerSurveyCompletelyAndKeepsItsNumbers() throws Exception {
		AirlineFile.assumePresent();
		Survey survey = airlineSurvey();
		String body = AirlineFile.importInto(survey, mvc);
		System.out.println("Airline import: " + body);
		assertThat(count(survey.id())).isEqualTo(103_904);

		Map<String, double[]> expected = expectedMeans();
		String rowOfWifi = rowKey(survey, "Inflight wifi service");
		String rowOfBaggage = rowKey(survey, "Baggage handling");
		for (var check : Map.of(rowOfWifi, "Inflight wifi service", rowOfBaggage, "Baggage handling").entrySet()) {
			var stats = jdbc
				.sql("""
						select count(*) as n, avg(a.number_value) as mean from response_answer a join response r on r.id = a.response_id
						where r.survey_id = :s and a.question_key = 'touchpoints' and a.row_key = :row""")
				.param("s", survey.id())
				.param("row", check.getKey())
				.query((rs, i) -> new double[] { rs.getLong("n"), rs.getDouble("mean") })
				.single();
			double[] direct = expected.get(check.getValue());
			assertThat(stats[0]).as("answers of %s without the zeros", check.getValue()).isEqualTo(direct[0]);
			assertThat(stats[1]).isCloseTo(direct[1] / direct[0], within(1e-9));
		}
		assertThat(jdbc.sql("""
				select count(*) from response_field f join response r on r.id = f.response_id
				where r.survey_id = :s and f.name = 'satisfaction' and f.field_value = 'satisfied'""")
			.param("s", survey.id())
			.query(Long.class)
			.single()).isEqualTo(45_025);
		dashboardFiguresEqualADirectComputationOverTheFile(survey);
	}

	@Autowired
	io.peakxm.metrics.Metrics metrics;

	/**
	 * Issue 5: per touchpoint, the dashboard's mean, top-2-box share and their 95 %
	 * intervals (read from rollups built after the import) equal what this test computes
	 * straight from the CSV (zeros = not applicable).
	 */
	private void dashboardFiguresEqualADirectComputationOverTheFile(Survey survey) throws Exception {
		io.peakxm.TestEvents.awaitCompletion(jdbc);
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		var scores = metrics.touchpoints(actor(), survey, new io.peakxm.metrics.MetricsQuery(survey.id(),
				today.minusDays(1), today.plusDays(1), null, null, null, null));
		Map<String, double[]> direct = fileFigures();
		int checked = 0;
		for (var score : scores) {
			String column = TOUCHPOINTS.entrySet()
				.stream()
				.filter(e -> e.getValue().equals(score.name().en()))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(null);
			if (column == null) {
				continue;
			}
			double[] d = direct.get(column);
			double n = d[0];
			double mean = d[1] / n;
			double sd = Math.sqrt((d[2] - d[1] * d[1] / n) / (n - 1));
			double t = new org.apache.commons.math3.distribution.TDistribution(n - 1)
				.inverseCumulativeProbability(0.975);
			assertThat(score.mean().estimate().n()).as(column).isEqualTo((long) n);
			assertThat(score.mean().estimate().value()).as(column).isCloseTo(mean, within(1e-9));
			assertThat(score.mean().estimate().interval().low()).as(column)
				.isCloseTo(mean - t * sd / Math.sqrt(n), within(1e-9));
			assertThat(score.mean().estimate().interval().high()).as(column)
				.isCloseTo(mean + t * sd / Math.sqrt(n), within(1e-9));
			double p = d[3] / n;
			double z = 1.959963984540054;
			double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
			double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
			assertThat(score.topTwo().estimate().value()).as(column).isCloseTo(100 * p, within(1e-9));
			assertThat(score.topTwo().estimate().interval().low()).as(column)
				.isCloseTo(100 * (centre - half), within(1e-7));
			assertThat(score.topTwo().estimate().interval().high()).as(column)
				.isCloseTo(100 * (centre + half), within(1e-7));
			checked++;
		}
		assertThat(checked).isEqualTo(TOUCHPOINTS.size());
	}

	/**
	 * Per rating column straight from the file: count, sum, sum of squares and top-2-box
	 * count of non-zero ratings.
	 */
	private static Map<String, double[]> fileFigures() throws IOException {
		Map<String, double[]> figures = new LinkedHashMap<>();
		try (CSVParser parser = CSVParser.parse(AIRLINE, StandardCharsets.UTF_8,
				CSVFormat.DEFAULT.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.setAllowMissingColumnNames(true)
					.get())) {
			for (CSVRecord record : parser) {
				for (String column : TOUCHPOINTS.keySet()) {
					int value = Integer.parseInt(record.get(column));
					if (value > 0) {
						double[] f = figures.computeIfAbsent(column, k -> new double[4]);
						f[0]++;
						f[1] += value;
						f[2] += value * value;
						f[3] += value >= 4 ? 1 : 0;
					}
				}
			}
		}
		return figures;
	}

	/**
	 * Count and sum of the non-zero ratings per column, computed straight from the file.
	 */
	private static Map<String, double[]> expectedMeans() throws IOException {
		Map<String, double[]> sums = new LinkedHashMap<>();
		try (CSVParser parser = CSVParser.parse(AIRLINE, StandardCharsets.UTF_8,
				CSVFormat.DEFAULT.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.setAllowMissingColumnNames(true)
					.get())) {
			for (CSVRecord record : parser) {
				for (String column : List.of("Inflight wifi service", "Baggage handling")) {
					int value = Integer.parseInt(record.get(column));
					if (value > 0) {
						double[] s = sums.computeIfAbsent(column, k -> new double[2]);
						s[0]++;
						s[1] += value;
					}
				}
			}
		}
		return sums;
	}

	private Survey airlineSurvey() {
		return AirlineFile.newSurvey(jdbc, designer, surveys);
	}

	private String mapping(Survey survey, List<String> touchpointColumns, Map<String, String> profile) {
		return AirlineFile.mapping(survey, touchpointColumns, profile);
	}

	private static String rowKey(Survey survey, String touchpointName) {
		return AirlineFile.rowKey(survey, touchpointName);
	}

	private long count(long surveyId) {
		return jdbc.sql("select count(*) from response where survey_id = :s")
			.param("s", surveyId)
			.query(Long.class)
			.single();
	}

	private MockHttpSession designer() throws Exception {
		return TestUsers.signInDemo(mvc, Role.DESIGNER);
	}

	private Actor actor() {
		return AirlineFile.designer(jdbc);
	}

}
