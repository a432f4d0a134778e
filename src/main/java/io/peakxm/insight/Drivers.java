package io.peakxm.insight;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Key-driver analysis of a survey: drivers by weight, the model's R², the responses used
 * (complete cases: every touchpoint and the outcome answered) and skipped, the mean
 * importance and mean performance that split the importance–performance matrix (Martilla
 * and James), and the "concentrate here" touchpoints.
 */
public record Drivers(List<Driver> drivers, double rSquared, long used, long skipped, double importanceSplit,
		double performanceSplit) {

	/** Important touchpoints that perform below the mean, most important first. */
	@JsonProperty("concentrateHere")
	public List<Driver> concentrateHere() {
		return drivers.stream().filter(d -> d.quadrant() == Quadrant.CONCENTRATE_HERE).toList();
	}
}
