package io.peakxm.insight;

import java.util.List;

/** Key-driver analysis of a survey: drivers by weight, the model's R², and the responses used (complete cases). */
public record Drivers(List<Driver> drivers, double rSquared, int used, long skipped) {
}
