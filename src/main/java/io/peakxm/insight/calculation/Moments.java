package io.peakxm.insight.calculation;

/**
 * The count, means and centred cross products of k variables, accumulated one row at a
 * time: everything a least-squares fit, a correlation matrix or the relative weights
 * need, in memory that does not grow with the rows.
 * <p>
 * A row is folded in with Welford's update and two accumulators are combined with Chan,
 * Golub and LeVeque's pairwise formula. Both work on deviations from the running means
 * instead of raw sums of squares, so a million ratings around 4 lose no more precision
 * than a two-pass computation would; raw sums would cancel catastrophically when the
 * variance is small next to the squared mean.
 * <p>
 * The co-moment of variables i and j is {@code C_ij = Σ (x_i − x̄_i)(x_j − x̄_j)} over
 * the rows; only the lower triangle is kept. Adding a row costs {@code k(k + 1)/2}
 * multiply-adds and allocates nothing, because it runs once per streamed row. Values must
 * be finite: filter missing ones before adding (a {@code NaN} would spread into every
 * statistic, which a fit then reports as a missing value). Not thread-safe.
 */
public final class Moments {

	private final int variables;

	private final double[] means;

	/**
	 * The lower triangle of C, row by row: {@code C_ij} (j ≤ i) at
	 * {@code i(i + 1)/2 + j}.
	 */
	private final double[] coMoments;

	/**
	 * The row's deviations from the old means; a field so that {@link #add(double[])}
	 * allocates nothing.
	 */
	private final double[] deviations;

	private long n;

	/**
	 * Creates an empty accumulator.
	 * @param variables the number of variables (columns) of each row, at least 1
	 */
	public Moments(int variables) {
		if (variables < 1) {
			throw new IllegalArgumentException("Moments need at least one variable, not " + variables);
		}
		this.variables = variables;
		this.means = new double[variables];
		this.coMoments = new double[variables * (variables + 1) / 2];
		this.deviations = new double[variables];
	}

	/**
	 * Adds one row (Welford): with {@code d = x − x̄} taken before the means move,
	 * {@code x̄ += d/n} and {@code C += d·dᵀ·(n − 1)/n}, n counting the new row.
	 * @param row one value per variable, all finite
	 * @throws IllegalArgumentException if the row has the wrong number of values
	 */
	public void add(double[] row) {
		if (row.length != this.variables) {
			throw new IllegalArgumentException("A row needs " + this.variables + " values, not " + row.length);
		}
		double before = this.n;
		this.n++;
		double inverse = 1.0 / this.n;
		for (int i = 0; i < this.variables; i++) {
			double deviation = row[i] - this.means[i];
			this.deviations[i] = deviation;
			this.means[i] += deviation * inverse;
		}
		double shrink = before * inverse;
		int index = 0;
		for (int i = 0; i < this.variables; i++) {
			double scaled = shrink * this.deviations[i];
			for (int j = 0; j <= i; j++) {
				this.coMoments[index++] += scaled * this.deviations[j];
			}
		}
	}

	/**
	 * Adds all rows of another accumulator (Chan et al.): with {@code d = x̄_b − x̄_a},
	 * {@code x̄ = x̄_a + d·n_b/n} and {@code C = C_a + C_b + d·dᵀ·n_a·n_b/n}. The result
	 * equals adding the other's rows one by one, up to rounding.
	 * @param other an accumulator of the same variables; not changed
	 * @throws IllegalArgumentException if it has another number of variables
	 */
	public void add(Moments other) {
		if (other.variables != this.variables) {
			throw new IllegalArgumentException(
					"Cannot merge moments of " + other.variables + " variables into " + this.variables);
		}
		if (other.n == 0) {
			return;
		}
		double before = this.n;
		double added = other.n;
		this.n += other.n;
		double total = this.n;
		for (int i = 0; i < this.variables; i++) {
			double difference = other.means[i] - this.means[i];
			this.deviations[i] = difference;
			this.means[i] += difference * (added / total);
		}
		double weight = before * added / total;
		int index = 0;
		for (int i = 0; i < this.variables; i++) {
			double scaled = weight * this.deviations[i];
			for (int j = 0; j <= i; j++) {
				this.coMoments[index] += other.coMoments[index] + scaled * this.deviations[j];
				index++;
			}
		}
	}

	/**
	 * A new accumulator holding the rows of all the given ones.
	 * @param variables the number of variables of each
	 * @param parts the accumulators to merge, in any order; not changed
	 * @return their merge
	 */
	public static Moments merge(int variables, Moments... parts) {
		Moments merged = new Moments(variables);
		for (Moments part : parts) {
			merged.add(part);
		}
		return merged;
	}

	/**
	 * The number of variables.
	 * @return k
	 */
	public int variables() {
		return this.variables;
	}

	/**
	 * The number of rows added.
	 * @return n
	 */
	public long n() {
		return this.n;
	}

	/**
	 * The mean of one variable.
	 * @param i the variable
	 * @return its mean, {@code 0} before any row
	 */
	public double mean(int i) {
		return this.means[i];
	}

	/**
	 * The centred sum of products of two variables.
	 * @param i one variable
	 * @param j another, or the same for the sum of squared deviations
	 * @return {@code Σ (x_i − x̄_i)(x_j − x̄_j)}
	 */
	public double coMoment(int i, int j) {
		return (i >= j) ? this.coMoments[i * (i + 1) / 2 + j] : this.coMoments[j * (j + 1) / 2 + i];
	}

	/**
	 * The sample covariance of two variables.
	 * @param i one variable
	 * @param j another, or the same for the variance
	 * @return {@code C_ij / (n − 1)}, {@code NaN} with fewer than two rows
	 */
	public double covariance(int i, int j) {
		return (this.n > 1) ? coMoment(i, j) / (this.n - 1) : Double.NaN;
	}

	/**
	 * The sample standard deviation of one variable.
	 * @param i the variable
	 * @return {@code √(C_ii / (n − 1))}, {@code NaN} with fewer than two rows
	 */
	public double standardDeviation(int i) {
		return Math.sqrt(covariance(i, i));
	}

	/**
	 * The Pearson correlation of two variables.
	 * @param i one variable
	 * @param j another
	 * @return {@code C_ij / √(C_ii·C_jj)}; {@code NaN} when either is constant
	 */
	public double correlation(int i, int j) {
		if (i == j) {
			return (coMoment(i, i) > 0) ? 1.0 : Double.NaN;
		}
		return coMoment(i, j) / Math.sqrt(coMoment(i, i) * coMoment(j, j));
	}

	/**
	 * The means of all variables.
	 * @return a copy, one mean per variable
	 */
	public double[] means() {
		return this.means.clone();
	}

	/**
	 * The sample covariance matrix.
	 * @return k × k covariances
	 */
	public double[][] covarianceMatrix() {
		double[][] matrix = new double[this.variables][this.variables];
		for (int i = 0; i < this.variables; i++) {
			for (int j = 0; j < this.variables; j++) {
				matrix[i][j] = covariance(i, j);
			}
		}
		return matrix;
	}

	/**
	 * The correlation matrix.
	 * @return k × k correlations, 1 on the diagonal
	 */
	public double[][] correlationMatrix() {
		double[][] matrix = new double[this.variables][this.variables];
		for (int i = 0; i < this.variables; i++) {
			for (int j = 0; j < this.variables; j++) {
				matrix[i][j] = correlation(i, j);
			}
		}
		return matrix;
	}

}
