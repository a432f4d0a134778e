package io.peakxm.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.peakxm.metrics.internal.AnswerKey;
import io.peakxm.metrics.internal.RollupStore;
import io.peakxm.shared.LocalizedText;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;

/**
 * How the answers of one question spread: a bar per option of a choice question, a bar
 * per scale point otherwise (a matrix sums its rows). Hidden below the minimum n.
 */
final class Distributions {

	/** The highest value a number question's distribution shows a bar for. */
	static final int NUMBER_BARS_UP_TO = 10;

	private final RollupStore rollups;

	private final int minimumResponses;

	Distributions(RollupStore rollups, int minimumResponses) {
		this.rollups = rollups;
		this.minimumResponses = minimumResponses;
	}

	Distribution of(RollupFilter f, Question q) {
		List<Distribution.Bar> bars = new ArrayList<>();
		long n;
		if (q.type().isChoice()) {
			Map<AnswerKey, Aggregate> byRow = rollups.perAnswer(f, q.key());
			n = byRow.getOrDefault(AnswerKey.of(q.key()), Aggregate.EMPTY).n();
			for (ChoiceOption option : q.options()) {
				long count = byRow.getOrDefault(AnswerKey.option(q.key(), option.key()), Aggregate.EMPTY).n();
				bars.add(new Distribution.Bar(option.key(), Names.of(option), count, Figures.percent(count, n)));
			}
		}
		else {
			Aggregate a = scaleTotal(f, q);
			n = a.n();
			int min = q.type().scaleMin();
			int max = q.type() == QuestionType.NUMBER ? NUMBER_BARS_UP_TO : q.type().scaleMax();
			long[] h = a.histogram();
			for (int v = min; v <= max; v++) {
				bars.add(new Distribution.Bar(String.valueOf(v), LocalizedText.untranslated(String.valueOf(v)), h[v],
						Figures.percent(h[v], n)));
			}
		}
		return new Distribution(q.key(), q.type(), Names.of(q), n, n < minimumResponses ? List.of() : bars);
	}

	private Aggregate scaleTotal(RollupFilter f, Question q) {
		if (q.type() != QuestionType.MATRIX) {
			return rollups.total(f, AnswerKey.of(q.key()));
		}
		Aggregate a = Aggregate.EMPTY;
		for (Aggregate row : rollups.perAnswer(f, q.key()).values()) {
			a = a.plus(row);
		}
		return a;
	}

}
