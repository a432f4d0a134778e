package io.peakxm.insight.calculation;

import java.util.SplittableRandom;

/**
 * {@link Moments} kept in G blocks, each streamed row falling into a block drawn at
 * random, so that cross-validation and the bootstrap can run on a million rows without
 * keeping them.
 * <p>
 * The totals are the merge of all blocks. Cross-validation folds are unions of blocks
 * (block b lies in fold {@code b mod k}), so the all-but-one-fold training sets and each
 * fold's own moments come from merging blocks, and a model's held-out error follows from
 * the fold's moments ({@link LinearRegression.Fit#squaredErrors}).
 * <p>
 * The bootstrap ({@link #bootstrap}) resamples blocks instead of rows: each resample is
 * the merge of G blocks drawn with replacement. This is valid because rows are assigned
 * to blocks at random, independently of their values and order, so the blocks are
 * independent and identically distributed samples of the rows, and a statistic that is a
 * smooth function of means varies over resampled blocks as it does over resampled rows:
 * the variance of a mean of G drawn blocks of m rows is {@code σ²/(G·m) = σ²/n}, the row
 * bootstrap's. What changes is the precision of the estimated spread: it rests on G units
 * instead of n, so with G = 200 the bootstrap standard error is itself off by about
 * {@code 1/√(2G)} = 5% — small next to what a 95% interval is used for, and the cost of a
 * resample is G merges instead of n rows. With fewer rows than blocks most blocks hold
 * one row or none, and the scheme becomes the Poisson bootstrap of rows.
 * <p>
 * The blocks are drawn from a {@link SplittableRandom} with the given seed, so the same
 * seed and the same row order give the same result. Memory is {@code G·(k + k(k + 1)/2)}
 * doubles, whatever the number of rows.
 */
public final class MomentBlocks {

	/**
	 * The usual number of blocks: enough for a bootstrap standard error within about 5%
	 * of the row bootstrap's.
	 */
	public static final int DEFAULT_BLOCKS = 200;

	private final Moments[] blocks;

	private final int variables;

	private final SplittableRandom random;

	/**
	 * Creates empty blocks.
	 * @param variables the number of variables of each row
	 * @param blocks the number of blocks G, at least 2
	 * @param seed the seed of the rows' blocks
	 */
	public MomentBlocks(int variables, int blocks, long seed) {
		if (blocks < 2) {
			throw new IllegalArgumentException("At least 2 blocks are needed, not " + blocks);
		}
		this.variables = variables;
		this.blocks = new Moments[blocks];
		for (int b = 0; b < blocks; b++) {
			this.blocks[b] = new Moments(variables);
		}
		this.random = new SplittableRandom(seed);
	}

	/**
	 * Adds one row to a block drawn at random.
	 * @param row one finite value per variable
	 */
	public void add(double[] row) {
		this.blocks[this.random.nextInt(this.blocks.length)].add(row);
	}

	/**
	 * Adds one row to a block the caller chose, for instance from a hash of the
	 * respondent so that any row order gives the same blocks. The choice must not depend
	 * on the row's values, or the blocks are no longer alike.
	 * @param block the block, from 0 to G − 1
	 * @param row one finite value per variable
	 */
	public void add(int block, double[] row) {
		this.blocks[block].add(row);
	}

	/**
	 * The number of blocks.
	 * @return G
	 */
	public int blockCount() {
		return this.blocks.length;
	}

	/**
	 * The number of variables of each row.
	 * @return k
	 */
	public int variables() {
		return this.variables;
	}

	/**
	 * The number of rows added.
	 * @return n, over all blocks
	 */
	public long n() {
		long n = 0;
		for (Moments block : this.blocks) {
			n += block.n();
		}
		return n;
	}

	/**
	 * The moments of all rows.
	 * @return a new accumulator, the merge of all blocks
	 */
	public Moments total() {
		return Moments.merge(this.variables, this.blocks);
	}

	/**
	 * The moments of the given blocks, which may repeat (a bootstrap resample).
	 * @param indices block indices, from 0 to G − 1
	 * @return a new accumulator, the merge of those blocks with repeats counted
	 */
	public Moments merge(int[] indices) {
		Moments merged = new Moments(this.variables);
		for (int index : indices) {
			merged.add(this.blocks[index]);
		}
		return merged;
	}

	/**
	 * The moments of each cross-validation fold; block b belongs to fold
	 * {@code b mod folds}, so the folds are of equal expected size when G is a multiple
	 * of the number of folds.
	 * @param folds the number of folds, from 2 to G
	 * @return one new accumulator per fold
	 * @throws IllegalArgumentException if the number of folds is out of range
	 */
	public Moments[] folds(int folds) {
		if (folds < 2 || folds > this.blocks.length) {
			throw new IllegalArgumentException("Cross-validation on " + this.blocks.length + " blocks needs 2 to "
					+ this.blocks.length + " folds, not " + folds);
		}
		Moments[] result = new Moments[folds];
		for (int f = 0; f < folds; f++) {
			result[f] = new Moments(this.variables);
		}
		for (int b = 0; b < this.blocks.length; b++) {
			result[b % folds].add(this.blocks[b]);
		}
		return result;
	}

	/**
	 * Bootstraps statistics of the rows by resampling blocks (see the class description
	 * for why that is valid), with {@link Bootstrap}'s percentile intervals and its
	 * handling of resamples where a statistic is undefined.
	 * @param resamples the number of resamples B
	 * @param seed the seed of the draws
	 * @param statistic computes the statistics from the moments of a resample
	 * @return the statistics of all rows with their 95% intervals
	 * @throws IllegalArgumentException if the statistic cannot be computed on all rows or
	 * on any resample
	 */
	public Bootstrap.Result bootstrap(int resamples, long seed, Statistic statistic) {
		return Bootstrap.percentileIntervals(this.blocks.length, resamples, seed,
				(indices) -> statistic.compute(merge(indices)));
	}

	/**
	 * Statistics computed from the moments of some rows.
	 */
	@FunctionalInterface
	public interface Statistic {

		/**
		 * Computes the statistics.
		 * @param moments the moments of the rows of one resample
		 * @return the statistics, always the same number of them
		 * @throws IllegalArgumentException if they cannot be computed on these rows
		 */
		double[] compute(Moments moments);

	}

}
