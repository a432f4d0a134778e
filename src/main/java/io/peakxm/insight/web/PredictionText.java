package io.peakxm.insight.web;

import java.util.ArrayList;
import java.util.List;

import io.peakxm.insight.Prediction;

/**
 * The prediction page's findings in the reader's language: how well the models do, which
 * one scores the at-risk list, and what drives it.
 */
final class PredictionText {

	/** How many factors the findings name. */
	static final int NAMED_FACTORS = 3;

	private PredictionText() {
	}

	static List<String> findings(Prediction p, Findings findings) {
		LocalNumbers num = findings.numbers();
		List<String> result = new ArrayList<>();
		result.add(findings.text("insight.prediction.finding.quality", num.percent(p.accuracy()),
				num.decimal(p.auc(), 3), num.percent(p.baselineAccuracy()), num.decimal(p.baselineAuc(), 3),
				num.count(p.trainingRows()), num.count(p.heldOutRows())));
		double gain = 100 * (p.accuracy() - p.baselineAccuracy());
		result.add(findings.text(
				gain > 0 ? "insight.prediction.finding.beatsBaseline" : "insight.prediction.finding.baselineAsGood",
				num.decimal(Math.abs(gain), 1)));
		if (!p.factors().isEmpty()) {
			String named = findings.list(p.factors()
				.stream()
				.limit(NAMED_FACTORS)
				.map(f -> findings.text("insight.prediction.factorShare", findings.name(f.name()),
						num.decimal(f.share(), 0)))
				.toList());
			result.add(findings.text("insight.prediction.finding.factors", named));
		}
		boolean forest = p.scoredBy() == Prediction.Model.FOREST;
		double chosen = forest ? p.auc() : p.baselineAuc();
		double other = forest ? p.baselineAuc() : p.auc();
		String model = model(p, findings);
		result
			.add(findings.text(
					num.decimal(chosen, 3).equals(num.decimal(other, 3)) ? "insight.prediction.finding.scoredByTie"
							: "insight.prediction.finding.scoredBy",
					model, num.decimal(chosen, 3), num.decimal(other, 3)));
		result.add(findings.text("insight.prediction.finding.atRisk", num.count(p.atRisk().size()),
				num.count(p.candidates()), num.percent(p.precision()), num.percent(p.recall()), model));
		return result;
	}

	/**
	 * The model that scores the at-risk list, as a phrase: the random forest, the
	 * logistic regression.
	 */
	static String model(Prediction p, Findings findings) {
		return findings.text("insight.prediction.model." + p.scoredBy());
	}

}
