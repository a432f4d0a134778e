package io.peakxm.insight.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import io.peakxm.insight.Curve;
import io.peakxm.insight.CurvePoint;
import io.peakxm.insight.Driver;
import io.peakxm.insight.Drivers;
import io.peakxm.insight.Quadrant;
import io.peakxm.insight.calculation.PeakEndFit;
import io.peakxm.insight.calculation.PeakEndFit.Component;

/**
 * What the insight charts draw, as the JSON that {@code static/js/insights.js} reads from
 * a {@code data-chart} attribute (no inline script under the Content-Security-Policy).
 * Numbers are rounded; a value that could not be computed is null. Labels are translated
 * by the page; names are data, in the reader's language, escaped by the attribute.
 */
final class InsightCharts {

	private InsightCharts() {
	}

	/**
	 * The emotional curve on −1…+1: per touchpoint in journey order the measured mean and
	 * quartiles, the designed emotion, and the touchpoints most often the peak and the
	 * trough (index, or null).
	 */
	record CurveChart(List<String> touchpoints, List<String> stages, List<Double> mean, List<Double> lower,
			List<Double> upper, List<Double> designed, List<Long> counts, List<Double> peakShares,
			List<Double> troughShares, Integer peak, Integer trough, Integer end, List<Double> written) {
	}

	/** One bar with its whisker. */
	record Bar(String label, Double value, Double low, Double high, boolean strong) {
	}

	/**
	 * The peak-end model's standardized weights with their bootstrap intervals, next to
	 * the mean-only model's weight of the mean, one category per model term.
	 */
	record PeakEndChart(List<String> components, List<Bar> peakEnd, List<Bar> meanOnly) {
	}

	/**
	 * Shares of R² in percent with their intervals, strongest first; weak bars are the
	 * drivers below noise.
	 */
	record DriversChart(List<Bar> bars) {
	}

	/** One touchpoint on the importance–performance matrix. */
	record MatrixPoint(String name, Double performance, Double importance, Quadrant quadrant) {
	}

	/** The importance–performance matrix and where it is split. */
	record MatrixChart(List<MatrixPoint> points, Double importanceSplit, Double performanceSplit) {
	}

	/**
	 * The curve with, per touchpoint, the mean sentiment of what customers wrote about it
	 * ({@code written}: by touchpoint id; touchpoints without enough text get none).
	 */
	static CurveChart curve(Curve curve, Locale locale, Map<Long, Double> written) {
		List<String> names = new ArrayList<>();
		List<String> stages = new ArrayList<>();
		List<Double> mean = new ArrayList<>();
		List<Double> lower = new ArrayList<>();
		List<Double> upper = new ArrayList<>();
		List<Double> designed = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		List<Double> peaks = new ArrayList<>();
		List<Double> troughs = new ArrayList<>();
		Integer end = null;
		List<Double> text = new ArrayList<>();
		for (int i = 0; i < curve.points().size(); i++) {
			CurvePoint p = curve.points().get(i);
			Double w = written.get(p.touchpointId());
			text.add(w == null ? null : round(w));
			names.add(p.name().in(locale));
			stages.add(p.stage().in(locale));
			mean.add(round(p.measured().mean()));
			lower.add(round(p.measured().lowerQuartile()));
			upper.add(round(p.measured().upperQuartile()));
			designed.add(round(p.designed()));
			counts.add(p.measured().count());
			peaks.add(round(100 * p.peakShare()));
			troughs.add(round(100 * p.troughShare()));
			if (p.endMoment()) {
				end = i;
			}
		}
		return new CurveChart(names, stages, mean, lower, upper, designed, counts, peaks, troughs,
				curve.mostOftenPeak().map(curve.points()::indexOf).orElse(null),
				curve.mostOftenTrough().map(curve.points()::indexOf).orElse(null), end,
				text.stream().allMatch(java.util.Objects::isNull) ? null : text);
	}

	/**
	 * @param labels the translated name of each component, in {@link Component} order
	 */
	static PeakEndChart peakEnd(PeakEndFit fit, List<String> labels) {
		List<String> components = new ArrayList<>();
		List<Bar> peakEnd = new ArrayList<>();
		List<Bar> meanOnly = new ArrayList<>();
		for (PeakEndFit.Weight w : fit.peakEnd().weights()) {
			String label = labels.get(w.component().ordinal());
			components.add(label);
			peakEnd.add(new Bar(label, round(w.standardized()), round(w.interval().low()), round(w.interval().high()),
					w.interval().excludesZero()));
			PeakEndFit.Weight alone = fit.meanOnly()
				.weights()
				.stream()
				.filter(m -> m.component() == w.component())
				.findFirst()
				.orElse(null);
			meanOnly.add(alone == null ? new Bar(label, null, null, null, false)
					: new Bar(label, round(alone.standardized()), round(alone.interval().low()),
							round(alone.interval().high()), alone.interval().excludesZero()));
		}
		return new PeakEndChart(components, peakEnd, meanOnly);
	}

	static DriversChart drivers(Drivers drivers, Locale locale) {
		return new DriversChart(drivers.drivers()
			.stream()
			.map(d -> new Bar(d.name().in(locale), round(d.share()), round(d.shareLow()), round(d.shareHigh()),
					d.aboveNoise()))
			.toList());
	}

	static MatrixChart matrix(Drivers drivers, Locale locale) {
		List<MatrixPoint> points = new ArrayList<>();
		for (Driver d : drivers.drivers()) {
			points.add(new MatrixPoint(d.name().in(locale), round(d.performance()), round(d.share()), d.quadrant()));
		}
		return new MatrixChart(points, round(drivers.importanceSplit()), round(drivers.performanceSplit()));
	}

	/** Three decimals are plenty for a chart; NaN and infinities are not JSON. */
	static Double round(double value) {
		return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : null;
	}

	/**
	 * The prediction's factors as bars of their share in percent, strongest first (no
	 * intervals).
	 */
	static DriversChart factors(io.peakxm.insight.Prediction prediction, Locale locale) {
		return new DriversChart(prediction.factors()
			.stream()
			.map(f -> new Bar(f.name().in(locale), round(f.share()), null, null, true))
			.toList());
	}

}
