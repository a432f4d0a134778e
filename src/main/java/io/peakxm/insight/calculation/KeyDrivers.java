package io.peakxm.insight.calculation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import io.peakxm.insight.calculation.KeyDriverWeights.DriverWeight;
import io.peakxm.insight.calculation.RelativeWeights.NoiseComparison;
import io.peakxm.insight.calculation.RelativeWeights.Weights;

/**
 * Key-driver analysis of streamed responses (docs/design.md §5): Johnson's
 * {@link RelativeWeights relative weights} of p driver ratings on an outcome, their
 * shares of R², bootstrap 95% intervals, a comparison with a random-noise driver, and
 * each driver's performance (mean rating).
 * <p>
 * Responses are added one at a time with {@link #add(double[], double)}; only complete
 * cases (every driver and the outcome answered) are used, the others are counted as
 * skipped (listwise deletion). Each used response gets a standard normal noise value and
 * is accumulated with it into {@link MomentBlocks}, so memory does not grow with the
 * responses and {@link #result()} bootstraps by resampling blocks (see there why that is
 * valid).
 * <p>
 * Seeds: the blocks are drawn with the seed, the noise with {@code seed + 1} and the
 * resamples with {@code seed + 2}, so the same seed and the same response order give the
 * same result. Not thread-safe.
 */
public final class KeyDrivers {

	/** The usual number of bootstrap resamples. */
	public static final int DEFAULT_RESAMPLES = 200;

	/** The usual seed. */
	public static final long DEFAULT_SEED = 7L;

	private static final double PERCENT = 100.0;

	private final int drivers;

	private final int resamples;

	private final long seed;

	private final MomentBlocks blocks;

	private final SplittableRandom noise;

	/**
	 * Drivers, then noise, then outcome: the layout of the blocks' columns; reused so
	 * that adding allocates nothing.
	 */
	private final double[] row;

	private long used;

	private long skipped;

	/**
	 * Creates an analysis with {@link MomentBlocks#DEFAULT_BLOCKS} blocks,
	 * {@link #DEFAULT_RESAMPLES} resamples and {@link #DEFAULT_SEED}.
	 * @param drivers the number of drivers p, at least 1
	 */
	public KeyDrivers(int drivers) {
		this(drivers, MomentBlocks.DEFAULT_BLOCKS, DEFAULT_RESAMPLES, DEFAULT_SEED);
	}

	/**
	 * Creates an analysis.
	 * @param drivers the number of drivers p, at least 1
	 * @param blocks the number of blocks G that rows are spread over, at least 2
	 * @param resamples the number of bootstrap resamples B, at least 1
	 * @param seed the seed of the blocks, the noise driver and the resamples
	 */
	public KeyDrivers(int drivers, int blocks, int resamples, long seed) {
		if (drivers < 1 || resamples < 1) {
			throw new IllegalArgumentException(
					"Key drivers need at least one driver and one resample, not " + drivers + " and " + resamples);
		}
		this.drivers = drivers;
		this.resamples = resamples;
		this.seed = seed;
		this.blocks = new MomentBlocks(drivers + 2, blocks, seed);
		this.noise = new SplittableRandom(seed + 1);
		this.row = new double[drivers + 2];
	}

	/**
	 * Adds one response.
	 * @param driverValues the p driver ratings, {@code NaN} (or any non-finite value)
	 * where missing
	 * @param outcome the outcome, {@code NaN} where missing
	 * @return whether the response was used; it is skipped and counted when any value is
	 * missing
	 * @throws IllegalArgumentException if there are not p driver values
	 */
	public boolean add(double[] driverValues, double outcome) {
		if (driverValues.length != this.drivers) {
			throw new IllegalArgumentException(
					"A response needs " + this.drivers + " driver values, not " + driverValues.length);
		}
		boolean complete = Double.isFinite(outcome);
		for (int j = 0; j < this.drivers && complete; j++) {
			complete = Double.isFinite(driverValues[j]);
		}
		if (!complete) {
			this.skipped++;
			return false;
		}
		System.arraycopy(driverValues, 0, this.row, 0, this.drivers);
		this.row[this.drivers] = this.noise.nextGaussian();
		this.row[this.drivers + 1] = outcome;
		this.blocks.add(this.row);
		this.used++;
		return true;
	}

	/**
	 * The number of complete responses added so far.
	 * @return the count used
	 */
	public long used() {
		return this.used;
	}

	/**
	 * The number of responses skipped so far.
	 * @return the count with a missing driver or outcome
	 */
	public long skipped() {
		return this.skipped;
	}

	/**
	 * The fewest complete responses {@link #result()} needs.
	 * @return {@code max(30, 2·(p + 2))}
	 */
	public int minimumCases() {
		return Math.max(30, 2 * (this.drivers + 2));
	}

	/**
	 * Computes the weights of the responses added so far.
	 * <p>
	 * The raw weights and shares are those of the model on the p drivers alone; the
	 * margin over noise of each driver is its weight minus the noise driver's in the
	 * model on the drivers and the noise driver together, and a driver is above noise
	 * when the bootstrap interval of that margin lies above 0. Resamples on which the
	 * weights cannot be computed (a driver that happens to be constant in them) are
	 * discarded and counted.
	 * @return the weights with their intervals
	 * @throws IllegalArgumentException if there are fewer than {@link #minimumCases()}
	 * complete responses, a driver or the outcome is constant, the drivers are collinear
	 * or explain nothing of the outcome
	 */
	public KeyDriverWeights result() {
		if (this.used < minimumCases()) {
			throw new IllegalArgumentException("Key-driver analysis of " + this.drivers + " drivers needs at least "
					+ minimumCases() + " complete responses (every driver and the outcome answered), but there are "
					+ this.used);
		}
		Moments total = this.blocks.total();
		for (int j = 0; j < this.drivers; j++) {
			if (Sample.isConstant(total.standardDeviation(j), total.mean(j))) {
				throw new IllegalArgumentException("Driver " + (j + 1) + " has the same rating in all " + this.used
						+ " complete responses, so its weight is undefined; leave it out");
			}
		}
		Weights weights = RelativeWeights.of(total, outcome(), driverColumns(false));
		if (!(weights.rSquared() > 0)) {
			throw new IllegalArgumentException("The drivers explain none of the outcome (R² = 0)");
		}
		Bootstrap.Result bootstrap = this.blocks.bootstrap(this.resamples, this.seed + 2, this::statistics);
		List<DriverWeight> result = new ArrayList<>(this.drivers);
		for (int j = 0; j < this.drivers; j++) {
			Bootstrap.Estimate margin = bootstrap.estimate(2 * this.drivers + j);
			result.add(new DriverWeight(j, bootstrap.estimate(j), bootstrap.estimate(this.drivers + j), margin,
					margin.low() > 0, total.mean(j)));
		}
		return new KeyDriverWeights(List.copyOf(result), weights.rSquared(), this.used, this.skipped,
				bootstrap.resamples(), bootstrap.discarded());
	}

	/**
	 * The raw weights, the shares in percent and the margins over noise, one block of p
	 * each.
	 */
	private double[] statistics(Moments moments) {
		Weights weights = RelativeWeights.of(moments, outcome(), driverColumns(false));
		if (!(weights.rSquared() > 0)) {
			throw new IllegalArgumentException("R² = 0, shares are undefined");
		}
		NoiseComparison noise = new NoiseComparison(RelativeWeights.of(moments, outcome(), driverColumns(true)));
		double[] shares = weights.shares();
		double[] statistics = new double[3 * this.drivers];
		System.arraycopy(weights.raw(), 0, statistics, 0, this.drivers);
		for (int j = 0; j < this.drivers; j++) {
			statistics[this.drivers + j] = PERCENT * shares[j];
		}
		System.arraycopy(noise.marginsOverNoise(), 0, statistics, 2 * this.drivers, this.drivers);
		return statistics;
	}

	/** The driver columns, with the noise column after them when asked for. */
	private int[] driverColumns(boolean withNoise) {
		int[] columns = new int[this.drivers + (withNoise ? 1 : 0)];
		Arrays.setAll(columns, (j) -> j);
		return columns;
	}

	private int outcome() {
		return this.drivers + 1;
	}

}
