package io.peakxm.insight.prediction;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;

/**
 * The public airline passenger survey (../shared/data, not shipped) as a feature table:
 * 14 touchpoint ratings (0 = not applicable, so NaN), the two delays, age and flight
 * distance as numbers, four profile fields as categories; at risk = anything but
 * "satisfied".
 */
final class AirlineSurvey {

	static final Path FILE = Path.of("../shared/data/airline_passenger_survey/train.csv");

	static final List<String> TOUCHPOINTS = List.of("Inflight wifi service", "Departure/Arrival time convenient",
			"Ease of Online booking", "Gate location", "Food and drink", "Online boarding", "Seat comfort",
			"Inflight entertainment", "On-board service", "Leg room service", "Baggage handling", "Checkin service",
			"Inflight service", "Cleanliness");

	static final List<String> NUMBERS = List.of("Departure Delay in Minutes", "Arrival Delay in Minutes", "Age",
			"Flight Distance");

	static final List<String> PROFILE = List.of("Gender", "Customer Type", "Type of Travel", "Class");

	static final FeatureLayout LAYOUT = layout();

	private AirlineSurvey() {
	}

	/**
	 * Reads the whole file, or skips the calling test with a message when the shared data
	 * folder is absent.
	 */
	static LabelledTable read() {
		Assumptions.assumeTrue(Files.exists(FILE),
				FILE + " is not here (the shared data folder is absent): airline prediction test skipped");
		List<FeatureRow> rows = new ArrayList<>();
		List<Boolean> atRisk = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setAllowMissingColumnNames(true)
			.get();
		try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			for (CSVRecord record : parser) {
				FeatureRow.Builder row = FeatureRow.in(LAYOUT);
				for (String touchpoint : TOUCHPOINTS) {
					double rating = Double.parseDouble(record.get(touchpoint));
					row.number(touchpoint, (rating == 0) ? Double.NaN : rating);
				}
				for (String number : NUMBERS) {
					String value = record.get(number);
					row.number(number, value.isEmpty() ? Double.NaN : Double.parseDouble(value));
				}
				for (String field : PROFILE) {
					row.category(field, record.get(field));
				}
				rows.add(row.build());
				atRisk.add(!"satisfied".equals(record.get("satisfaction")));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + FILE, ex);
		}
		boolean[] labels = new boolean[atRisk.size()];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = atRisk.get(i);
		}
		return new LabelledTable(new FeatureTable(LAYOUT, rows), labels);
	}

	private static FeatureLayout layout() {
		List<Feature> features = new ArrayList<>();
		TOUCHPOINTS.forEach((name) -> features.add(Feature.numeric(name)));
		NUMBERS.forEach((name) -> features.add(Feature.numeric(name)));
		PROFILE.forEach((name) -> features.add(Feature.categorical(name)));
		return FeatureLayout.of(features);
	}

}
