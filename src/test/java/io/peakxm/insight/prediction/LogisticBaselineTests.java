package io.peakxm.insight.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The baseline is checked where logistic regression has a closed-form answer: with one
 * categorical feature, the fitted probability of each category is the share of at-risk
 * responses in it.
 */
class LogisticBaselineTests {

	private static final FeatureLayout LAYOUT = FeatureLayout.of(Feature.categorical("Class"));

	@Test
	void fitsTheAtRiskShareOfEachCategory() {
		Random random = new Random(1);
		List<FeatureRow> rows = new ArrayList<>();
		boolean[] atRisk = new boolean[6000];
		int[] atRiskCount = new int[2];
		int[] count = new int[2];
		for (int i = 0; i < atRisk.length; i++) {
			int category = (i < 4000) ? 0 : 1;
			atRisk[i] = random.nextDouble() < ((category == 0) ? 0.2 : 0.7);
			rows.add(row((category == 0) ? "Economy" : "Business"));
			count[category]++;
			atRiskCount[category] += atRisk[i] ? 1 : 0;
		}
		FeatureTable table = new FeatureTable(LAYOUT, rows);
		int[] all = Sampling.identity(rows.size());

		LogisticBaseline model = LogisticBaseline.train(table, atRisk, all, FeatureSummary.of(table, all));

		// The ridge penalty pulls the fit towards the overall share by well under 0.001
		// at this size.
		assertThat(model.probability(row("Economy"))).isCloseTo(atRiskCount[0] / (double) count[0], within(1e-3));
		assertThat(model.probability(row("Business"))).isCloseTo(atRiskCount[1] / (double) count[1], within(1e-3));
	}

	private static FeatureRow row(String category) {
		return FeatureRow.in(LAYOUT).category("Class", category).build();
	}

}
