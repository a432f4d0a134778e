package io.peakxm.insight.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic responses whose outcome follows a known rule, so a model's figures can be
 * checked against what the rule allows: a service rating 0–10, a number of pure noise and
 * a customer segment A, B or C.
 */
final class PredictionFixtures {

	static final FeatureLayout LAYOUT = FeatureLayout.of(Feature.numeric("Service"), Feature.numeric("Noise"),
			Feature.categorical("Segment"));

	private PredictionFixtures() {
	}

	/**
	 * At risk exactly when the service rating is below 5: a single threshold separates
	 * the outcomes.
	 */
	static LabelledTable atRiskBelowFive(int n, long seed) {
		return generate(n, seed, (service, segment) -> service < 5);
	}

	/**
	 * At risk when the service rating is below 5 in segment A, and when it is 5 or more
	 * elsewhere: an interaction no single linear term can express.
	 */
	static LabelledTable atRiskByServiceAndSegment(int n, long seed) {
		return generate(n, seed, (service, segment) -> (service < 5) == "A".equals(segment));
	}

	/**
	 * At risk by chance, likelier the lower the service rating: the log-odds fall
	 * linearly with it, as a logistic regression assumes, so the baseline is the right
	 * model and the forest only adds variance.
	 */
	static LabelledTable atRiskLikelierAsServiceFalls(int n, long seed) {
		Random random = new Random(seed);
		List<FeatureRow> rows = new ArrayList<>();
		boolean[] atRisk = new boolean[n];
		for (int i = 0; i < n; i++) {
			double service = 10 * random.nextDouble();
			rows.add(row(service, random.nextGaussian(), segment(random)));
			atRisk[i] = random.nextDouble() < 1 / (1 + Math.exp(-(2.5 - 0.5 * service)));
		}
		return new LabelledTable(new FeatureTable(LAYOUT, rows), atRisk);
	}

	/**
	 * At risk exactly when the service rating is missing (not applicable).
	 */
	static LabelledTable atRiskWhenServiceIsMissing(int n, long seed) {
		Random random = new Random(seed);
		List<FeatureRow> rows = new ArrayList<>();
		boolean[] atRisk = new boolean[n];
		for (int i = 0; i < n; i++) {
			atRisk[i] = random.nextBoolean();
			rows.add(row(atRisk[i] ? Double.NaN : 10 * random.nextDouble(), random.nextGaussian(), segment(random)));
		}
		return new LabelledTable(new FeatureTable(LAYOUT, rows), atRisk);
	}

	/**
	 * One outcome for every row.
	 */
	static LabelledTable withOutcomes(boolean[] atRisk, long seed) {
		Random random = new Random(seed);
		List<FeatureRow> rows = new ArrayList<>();
		for (int i = 0; i < atRisk.length; i++) {
			rows.add(row(10 * random.nextDouble(), random.nextGaussian(), segment(random)));
		}
		return new LabelledTable(new FeatureTable(LAYOUT, rows), atRisk.clone());
	}

	static FeatureRow row(double service, double noise, String segment) {
		return FeatureRow.in(LAYOUT)
			.number("Service", service)
			.number("Noise", noise)
			.category("Segment", segment)
			.build();
	}

	private static LabelledTable generate(int n, long seed, Rule rule) {
		Random random = new Random(seed);
		List<FeatureRow> rows = new ArrayList<>();
		boolean[] atRisk = new boolean[n];
		for (int i = 0; i < n; i++) {
			double service = 10 * random.nextDouble();
			String segment = segment(random);
			rows.add(row(service, random.nextGaussian(), segment));
			atRisk[i] = rule.atRisk(service, segment);
		}
		return new LabelledTable(new FeatureTable(LAYOUT, rows), atRisk);
	}

	private static String segment(Random random) {
		return String.valueOf((char) ('A' + random.nextInt(3)));
	}

	private interface Rule {

		boolean atRisk(double service, String segment);

	}

}
