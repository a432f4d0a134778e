package io.peakxm.metrics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.peakxm.metrics.Distribution;
import io.peakxm.metrics.statistics.NpsGroup;
import io.peakxm.survey.QuestionType;

/**
 * What the distribution chart and table show per bar: its label in the reader's language,
 * count and share, the NPS group of a 0–10 answer (detractor 0–6, passive 7–8, promoter
 * 9–10; the bars are coloured by it and the table names it), and the link to the
 * responses behind the bar (none without the permission to see responses).
 */
record DistributionChart(List<Bar> bars) {

	/** One bar; {@code group} is null unless the question is an NPS question. */
	record Bar(String label, long count, double percent, String group, String responses) {
	}

	static DistributionChart of(Distribution distribution, ResponseLinks links, Locale locale) {
		boolean choice = distribution.type().isChoice();
		List<Bar> bars = new ArrayList<>();
		for (Distribution.Bar b : distribution.bars()) {
			String link = links == null || b.count() == 0 ? null
					: choice ? links.chose(distribution.question(), b.value())
							: links.scored(distribution.question(), b.value());
			bars.add(
					new Bar(b.label().in(locale), b.count(), b.percent(),
							distribution.type() == QuestionType.NPS
									? NpsGroup.of(Integer.parseInt(b.value())).name().toLowerCase(Locale.ROOT) : null,
							link));
		}
		return new DistributionChart(bars);
	}
}
