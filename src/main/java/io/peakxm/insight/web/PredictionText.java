package io.peakxm.insight.web;

import java.util.ArrayList;
import java.util.List;

import io.peakxm.insight.Prediction;

/** The prediction page's findings in the reader's language: how well the model does, and what drives it. */
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
		result.add(findings.text(gain > 0 ? "insight.prediction.finding.beatsBaseline"
				: "insight.prediction.finding.baselineAsGood", num.decimal(Math.abs(gain), 1)));
		if (!p.factors().isEmpty()) {
			String named = findings.list(p.factors().stream()
				.limit(NAMED_FACTORS)
				.map(f -> findings.text("insight.prediction.factorShare", findings.name(f.name()), num.decimal(f.share(), 0)))
				.toList());
			result.add(findings.text("insight.prediction.finding.factors", named));
		}
		result.add(findings.text("insight.prediction.finding.atRisk", num.count(p.atRisk().size()), num.count(p.scored()),
				num.percent(p.precision()), num.percent(p.recall())));
		return result;
	}
}
