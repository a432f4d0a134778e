package io.peakxm.response.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.peakxm.response.Submission;
import io.peakxm.survey.ChoiceOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPassengersTests {

	static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	static final List<ChoiceOption> ROWS = IntStream.range(0, 17)
		.mapToObj(i -> new ChoiceOption("tp_" + i, "Touchpoint " + i, "触点" + i, (long) i))
		.toList();

	final List<Submission> passengers = new DemoPassengers(42, NOW, "touchpoints", ROWS).generate(3000);

	@Test
	void isTheSameForTheSameSeed() {
		assertThat(new DemoPassengers(42, NOW, "touchpoints", ROWS).generate(50)).isEqualTo(passengers.subList(0, 50));
	}

	@Test
	void coversAYearInBothLanguagesWithHiddenFields() {
		assertThat(passengers).allSatisfy(p -> {
			assertThat(p.submittedAt()).isBetween(NOW.minus(Duration.ofDays(366)), NOW);
			assertThat(p.hiddenValues()).containsKeys("flight", "cabin", "travel_type", "booking_ref");
		});
		assertThat(passengers.stream().filter(p -> p.language().equals("zh-CN")).count()).isBetween(700L, 1100L);
	}

	@Test
	void theEndMomentDropsClearlyInTheLastMonth() {
		double recent = mean(end(true));
		double before = mean(end(false));
		assertThat(before - recent).isGreaterThan(0.7);
	}

	@Test
	void theOverallRatingFollowsTheEndMoreThanTheAverage() {
		List<double[]> pairs = new ArrayList<>();
		for (Submission p : passengers) {
			var end = p.answers().get("touchpoints.tp_16");
			if (end == null) {
				continue;
			}
			double sum = 0;
			int n = 0;
			for (int t = 0; t < 16; t++) {
				var r = p.answers().get("touchpoints.tp_" + t);
				if (r != null) {
					sum += Double.parseDouble(r.get(0));
					n++;
				}
			}
			pairs.add(new double[] { Double.parseDouble(p.answers().get("nps").get(0)), Double.parseDouble(end.get(0)),
					sum / n });
		}
		assertThat(correlation(pairs, 1)).isGreaterThan(correlation(pairs, 2));
	}

	private List<Double> end(boolean lastMonth) {
		return passengers.stream()
			.filter(p -> p.submittedAt().isAfter(NOW.minus(Duration.ofDays(29))) == lastMonth)
			.map(p -> p.answers().get("touchpoints.tp_16"))
			.filter(v -> v != null)
			.map(v -> Double.parseDouble(v.get(0)))
			.toList();
	}

	private static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
	}

	/** Pearson correlation of column 0 with column {@code column}. */
	private static double correlation(List<double[]> rows, int column) {
		double mx = rows.stream().mapToDouble(r -> r[0]).average().orElseThrow();
		double my = rows.stream().mapToDouble(r -> r[column]).average().orElseThrow();
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (double[] r : rows) {
			sxy += (r[0] - mx) * (r[column] - my);
			sxx += (r[0] - mx) * (r[0] - mx);
			syy += (r[column] - my) * (r[column] - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}

}
