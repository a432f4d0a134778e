package io.peakxm.insight;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The emotional curve of a journey: one point per rated touchpoint in journey order, and
 * the instances read.
 */
public record Curve(List<CurvePoint> points, long instances, long rankedInstances) {

	/** The touchpoint most often the peak of a journey, if any instance has a peak. */
	public Optional<CurvePoint> mostOftenPeak() {
		return points.stream().filter(p -> p.peakShare() > 0).max(Comparator.comparingDouble(CurvePoint::peakShare));
	}

	/**
	 * The touchpoint most often the trough (valley) of a journey, if any instance has
	 * one.
	 */
	public Optional<CurvePoint> mostOftenTrough() {
		return points.stream()
			.filter(p -> p.troughShare() > 0)
			.max(Comparator.comparingDouble(CurvePoint::troughShare));
	}
}
