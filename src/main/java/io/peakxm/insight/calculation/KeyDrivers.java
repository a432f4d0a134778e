package io.peakxm.insight.calculation;

import java.util.ArrayList;
import java.util.List;

/** Interim key-driver accumulator (rows kept in memory); replaced by the streaming version. */
public final class KeyDrivers {

	public record Result(double[] raw, double[] rawLow, double[] rawHigh, double[] shares, double[] shareLow,
			double[] shareHigh, boolean[] aboveNoise, double[] performance, double rSquared, long used, long skipped) {
	}

	private final int p;

	private final List<double[]> rows = new ArrayList<>();

	private final List<Double> outcomes = new ArrayList<>();

	private long skipped;

	public KeyDrivers(int p) {
		this.p = p;
	}

	public void add(double[] values, double outcome) {
		boolean complete = !Double.isNaN(outcome);
		for (double v : values) {
			complete &= !Double.isNaN(v);
		}
		if (complete) {
			rows.add(values.clone());
			outcomes.add(outcome);
		}
		else {
			skipped++;
		}
	}

	public long used() {
		return rows.size();
	}

	public long minimumCases() {
		return Math.max(30, 2 * (p + 2));
	}

	public Result result() {
		if (rows.size() < minimumCases()) {
			throw new IllegalArgumentException("too few complete cases");
		}
		double[][] x = rows.toArray(double[][]::new);
		double[] y = outcomes.stream().mapToDouble(Double::doubleValue).toArray();
		RelativeWeights.Weights weights = RelativeWeights.of(x, y);
		Bootstrap.Result intervals = Bootstrap.percentileIntervals(x.length, 200, 7, s -> RelativeWeights.of(x, y, s).raw());
		Bootstrap.Result shareIntervals = Bootstrap.percentileIntervals(x.length, 200, 7,
				s -> RelativeWeights.of(x, y, s).shares());
		Bootstrap.Result margins = Bootstrap.percentileIntervals(x.length, 200, 11,
				s -> RelativeWeights.withNoiseDriver(x, y, s, 13).marginsOverNoise());
		double[] performance = new double[p];
		for (double[] row : x) {
			for (int j = 0; j < p; j++) {
				performance[j] += row[j] / x.length;
			}
		}
		double[] rawLow = new double[p], rawHigh = new double[p], shareLow = new double[p], shareHigh = new double[p];
		boolean[] above = new boolean[p];
		double[] shares = weights.shares();
		for (int j = 0; j < p; j++) {
			rawLow[j] = intervals.estimate(j).low();
			rawHigh[j] = intervals.estimate(j).high();
			shareLow[j] = 100 * shareIntervals.estimate(j).low();
			shareHigh[j] = 100 * shareIntervals.estimate(j).high();
			shares[j] *= 100;
			above[j] = margins.estimate(j).low() > 0;
		}
		return new Result(weights.raw(), rawLow, rawHigh, shares, shareLow, shareHigh, above, performance,
				weights.rSquared(), rows.size(), skipped);
	}
}
