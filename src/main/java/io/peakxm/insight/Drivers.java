package io.peakxm.insight;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Key-driver analysis of a survey: drivers by weight, the model's R², the responses used (complete cases) and
 * skipped, the medians that split the importance–performance matrix, and the "concentrate here" touchpoints.
 */
public record Drivers(List<Driver> drivers, double rSquared, int used, long skipped, double shareMedian,
		double performanceMedian) {

	/** Important touchpoints that perform below the median, most important first. */
	@JsonProperty("concentrateHere")
	public List<Driver> concentrateHere() {
		return drivers.stream().filter(d -> d.quadrant() == Quadrant.CONCENTRATE_HERE).toList();
	}
}
