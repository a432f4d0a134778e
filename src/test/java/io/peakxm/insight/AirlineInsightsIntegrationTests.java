package io.peakxm.insight;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.peakxm.AirlineFile;
import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.survey.Surveys;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The analyses on the real airline passenger survey (103,904 rows) imported through the
 * survey import: the 14 ratings in journey order (docs/insights.md), "0 = not applicable"
 * left out, satisfaction as the yes/no outcome.
 */
@PeakXmIntegrationTest
class AirlineInsightsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SurveyDesigner designer;

	@Autowired
	Surveys surveys;

	@Autowired
	Insights insights;

	private Analysis analyse() throws Exception {
		long survey = AirlineFile.imported(mvc, jdbc, designer, surveys);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		return insights.analyse(AirlineFile.analyst(jdbc), new InsightQuery(survey, today.minusDays(2),
				today.plusDays(1), null, null, null, "satisfaction=satisfied"));
	}

	@Test
	void keyDriversOfSatisfactionSumToTheRSquaredOfAnOrdinaryRegressionOverTheFile() throws Exception {
		Analysis analysis = analyse();
		Drivers drivers = analysis.drivers();
		assertThat(drivers).as(analysis.driversProblem()).isNotNull();
		double[] file = completeCaseRSquaredFromTheFile();
		assertThat(drivers.used()).isEqualTo((long) file[1]);
		assertThat(drivers.used() + drivers.skipped()).isEqualTo(AirlineFile.ROWS);
		assertThat(drivers.rSquared()).isCloseTo(file[0], within(1e-9));
		assertThat(drivers.drivers().stream().mapToDouble(Driver::weight).sum()).isCloseTo(drivers.rSquared(),
				within(1e-9));
		List<String> top = drivers.drivers().stream().limit(3).map(d -> d.name().en()).toList();
		System.out.println("Airline file drivers of satisfaction: "
				+ drivers.drivers().stream().map(d -> d.name().en() + " " + String.format("%.1f%%", d.share())).toList()
				+ ", R² " + drivers.rSquared());
		assertThat(top).contains("Online boarding", "Inflight wifi service");
	}

	@Test
	void peakEndAndCurveUseEveryPassengerWhoRatesTwoTouchpoints() throws Exception {
		Analysis analysis = analyse();
		assertThat(analysis.responses()).isEqualTo(AirlineFile.ROWS);
		assertThat(analysis.peakEnd()).isNotNull();
		assertThat(analysis.peakEnd().used() + analysis.peakEnd().skipped()).isEqualTo(AirlineFile.ROWS);
		assertThat(analysis.curve().points()).extracting(p -> p.name().en())
			.containsExactlyElementsOf(AirlineFile.TOUCHPOINTS.values());
		System.out.println("Airline file peak-end: " + analysis.peakEnd().verdict() + ", peak-end adj. R² "
				+ analysis.peakEnd().peakEnd().adjustedRSquared() + ", mean-only "
				+ analysis.peakEnd().meanOnly().adjustedRSquared());
	}

	@Autowired
	Predictions predictions;

	@Test
	void predictsDissatisfiedPassengersWithAtLeast93PercentHeldOutAccuracy() throws Exception {
		long survey = AirlineFile.imported(mvc, jdbc, designer, surveys);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Prediction prediction = predictions.predict(AirlineFile.analyst(jdbc), new InsightQuery(survey,
				today.minusDays(2), today.plusDays(1), null, null, null, "satisfaction=satisfied"));
		System.out.println("Airline file prediction: accuracy " + prediction.accuracy() + ", AUC " + prediction.auc()
				+ ", baseline " + prediction.baselineAccuracy() + " / " + prediction.baselineAuc() + ", trained on "
				+ prediction.trainingRows() + ", held out " + prediction.heldOutRows() + ", factors "
				+ prediction.factors()
					.stream()
					.limit(6)
					.map(f -> f.name().en() + " " + Math.round(f.share()) + "%")
					.toList());
		assertThat(prediction.responses()).isEqualTo(Predictions.MAX_ROWS);
		assertThat(prediction.heldOutRows()).isGreaterThan(19_000);
		assertThat(prediction.accuracy()).isGreaterThanOrEqualTo(0.93);
		assertThat(prediction.auc()).isGreaterThan(0.97);
		assertThat(prediction.accuracy()).isGreaterThan(prediction.baselineAccuracy());
		assertThat(prediction.factors()).extracting(f -> f.name().en()).doesNotContain("passenger_id", "satisfaction");
		assertThat(prediction.factors().stream().limit(5).map(f -> f.name().en()).toList())
			.containsAnyOf("Online boarding", "Inflight wifi service", "travel_type");
	}

	/**
	 * R² of satisfied (1/0) on the 14 ratings over the rows that rate all of them, by
	 * Commons Math straight from the CSV: an independent computation of what the drivers'
	 * weights must add up to. Returns {R², rows}.
	 */
	private static double[] completeCaseRSquaredFromTheFile() throws Exception {
		List<double[]> x = new ArrayList<>();
		List<Double> y = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(AirlineFile.PATH, StandardCharsets.UTF_8,
				CSVFormat.DEFAULT.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.setAllowMissingColumnNames(true)
					.get())) {
			for (CSVRecord record : parser) {
				double[] row = new double[AirlineFile.TOUCHPOINTS.size()];
				int i = 0;
				boolean complete = true;
				for (String column : AirlineFile.TOUCHPOINTS.keySet()) {
					row[i] = Integer.parseInt(record.get(column));
					complete &= row[i++] > 0;
				}
				if (complete) {
					x.add(row);
					y.add("satisfied".equals(record.get("satisfaction")) ? 1.0 : 0.0);
				}
			}
		}
		OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
		ols.newSampleData(y.stream().mapToDouble(Double::doubleValue).toArray(), x.toArray(double[][]::new));
		return new double[] { ols.calculateRSquared(), x.size() };
	}

}
