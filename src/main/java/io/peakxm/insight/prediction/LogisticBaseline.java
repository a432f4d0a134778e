package io.peakxm.insight.prediction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Logistic regression on the same features, the linear baseline a forest has to beat to
 * be worth its complexity.
 * <p>
 * Numbers are standardized with the training mean and standard deviation; a missing
 * number is set to the mean and flagged in an indicator column (for features missing
 * somewhere in training), so "not applicable" can carry its own weight. Categories are
 * one-hot columns of the categories seen in training. A small ridge penalty keeps the fit
 * finite when the outcomes are separable and the one-hot columns collinear with the
 * intercept. Fitted by Newton's method with step halving, which converges in a handful of
 * iterations at this size.
 */
final class LogisticBaseline implements Scorer {

	// Ridge penalty on the standardized coefficients (not the intercept); negligible next
	// to thousands of rows.
	private static final double RIDGE = 1.0;

	private static final int MAX_ITERATIONS = 100;

	private static final double TOLERANCE = 1e-8;

	private final List<FeatureSummary> summaries;

	private final int[] firstColumn;

	private final List<Map<String, Integer>> categoryColumns;

	private final int columns;

	private final double[] coefficients;

	private LogisticBaseline(List<FeatureSummary> summaries, double[] coefficients) {
		this.summaries = summaries;
		this.coefficients = coefficients;
		this.firstColumn = new int[summaries.size()];
		this.categoryColumns = new ArrayList<>();
		int column = 1;
		for (int j = 0; j < summaries.size(); j++) {
			FeatureSummary summary = summaries.get(j);
			this.firstColumn[j] = column;
			Map<String, Integer> categories = new HashMap<>();
			if (summary.feature().isNumeric()) {
				column += summary.hasMissing() ? 2 : 1;
			}
			else {
				for (String category : summary.categories()) {
					categories.put(category, column++);
				}
			}
			this.categoryColumns.add(categories);
		}
		this.columns = column;
	}

	static LogisticBaseline train(FeatureTable table, boolean[] atRisk, int[] training,
			List<FeatureSummary> summaries) {
		LogisticBaseline encoding = new LogisticBaseline(summaries, null);
		double[][] x = new double[training.length][];
		double[] y = new double[training.length];
		for (int i = 0; i < training.length; i++) {
			x[i] = encoding.encode(table.row(training[i]));
			y[i] = atRisk[training[i]] ? 1 : 0;
		}
		return new LogisticBaseline(summaries, fit(x, y, encoding.columns));
	}

	@Override
	public double probability(FeatureRow row) {
		return logistic(dot(this.coefficients, encode(row)));
	}

	private double[] encode(FeatureRow row) {
		double[] x = new double[this.columns];
		x[0] = 1;
		for (int j = 0; j < this.summaries.size(); j++) {
			FeatureSummary summary = this.summaries.get(j);
			if (summary.feature().isNumeric()) {
				double value = row.number(j);
				if (Double.isNaN(value)) {
					if (summary.hasMissing()) {
						x[this.firstColumn[j] + 1] = 1;
					}
				}
				else {
					double scale = (summary.sd() > 0) ? summary.sd() : 1;
					x[this.firstColumn[j]] = (value - summary.mean()) / scale;
				}
			}
			else if (row.category(j) != null) {
				Integer column = this.categoryColumns.get(j).get(row.category(j));
				if (column != null) {
					x[column] = 1;
				}
			}
		}
		return x;
	}

	private static double[] fit(double[][] x, double[] y, int p) {
		double[] beta = new double[p];
		double loss = penalizedLoss(x, y, beta);
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double[] gradient = new double[p];
			double[][] hessian = new double[p][p];
			for (int i = 0; i < x.length; i++) {
				double mu = logistic(dot(beta, x[i]));
				double weight = mu * (1 - mu);
				double residual = y[i] - mu;
				for (int a = 0; a < p; a++) {
					if (x[i][a] == 0) {
						continue;
					}
					gradient[a] += residual * x[i][a];
					for (int b = 0; b <= a; b++) {
						hessian[a][b] += weight * x[i][a] * x[i][b];
					}
				}
			}
			for (int a = 0; a < p; a++) {
				for (int b = 0; b < a; b++) {
					hessian[b][a] = hessian[a][b];
				}
				if (a > 0) {
					gradient[a] -= RIDGE * beta[a];
					hessian[a][a] += RIDGE;
				}
			}
			// The intercept is not penalized; a tiny diagonal keeps the system positive
			// definite regardless.
			hessian[0][0] += 1e-9;
			RealVector step = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian, false), 1e-12, 1e-14)
				.getSolver()
				.solve(new ArrayRealVector(gradient, false));
			double factor = 1;
			double[] next = new double[p];
			double nextLoss;
			do {
				for (int a = 0; a < p; a++) {
					next[a] = beta[a] + factor * step.getEntry(a);
				}
				nextLoss = penalizedLoss(x, y, next);
				factor /= 2;
			}
			while (nextLoss > loss + 1e-12 && factor > 1e-10);
			double change = 0;
			for (int a = 0; a < p; a++) {
				change = Math.max(change, Math.abs(next[a] - beta[a]));
			}
			beta = next.clone();
			loss = nextLoss;
			if (change < TOLERANCE) {
				break;
			}
		}
		return beta;
	}

	private static double penalizedLoss(double[][] x, double[] y, double[] beta) {
		double loss = 0;
		for (int i = 0; i < x.length; i++) {
			double eta = dot(beta, x[i]);
			loss += softplus(eta) - y[i] * eta;
		}
		for (int a = 1; a < beta.length; a++) {
			loss += RIDGE / 2 * beta[a] * beta[a];
		}
		return loss;
	}

	private static double dot(double[] beta, double[] x) {
		double sum = 0;
		for (int a = 0; a < beta.length; a++) {
			sum += beta[a] * x[a];
		}
		return sum;
	}

	private static double logistic(double eta) {
		// Written both ways so that exp never overflows.
		return (eta >= 0) ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
	}

	private static double softplus(double eta) {
		return (eta > 0) ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
	}

}
