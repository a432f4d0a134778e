package io.peakxm.metrics;

import java.util.ArrayList;
import java.util.List;

import io.peakxm.metrics.internal.AnswerKey;
import io.peakxm.metrics.internal.RollupStore;
import io.peakxm.survey.Question;
import io.peakxm.survey.Survey;

/**
 * A survey's KPI tiles over a period, each compared with the period just before and with
 * the same days a year earlier: NPS (eNPS for the employee pulse's question), CSAT
 * top-2-box and mean, CES mean and "easy" share. The dashboards' overview and the home
 * page show the same tiles.
 */
final class KpiTiles {

	private final RollupStore rollups;

	private final Figures figures;

	KpiTiles(RollupStore rollups, Figures figures) {
		this.rollups = rollups;
		this.figures = figures;
	}

	List<Figure> of(Survey survey, RollupFilter current) {
		Period period = new Period(current.from(), current.to());
		RollupFilter previous = current.period(period.previous().from(), period.previous().to());
		RollupFilter lastYear = current.period(current.from().minusYears(1), current.to().minusYears(1));
		List<Figure> tiles = new ArrayList<>();
		for (Question q : survey.definition().questions()) {
			switch (q.type()) {
				case NPS -> tiles.add(figure(q, Names.of(q, "enps".equals(q.key()) ? "eNPS · " : "", ""),
						Figure.Measure.NPS, current, previous, lastYear));
				case CSAT -> {
					tiles
						.add(figure(q, Names.of(q, "", " · top-2"), Figure.Measure.SHARE, current, previous, lastYear));
					tiles.add(figure(q, Names.of(q, "", " · Ø"), Figure.Measure.MEAN, current, previous, lastYear));
				}
				case CES -> {
					tiles.add(figure(q, Names.of(q, "", " · Ø"), Figure.Measure.MEAN, current, previous, lastYear));
					tiles.add(figure(q, Names.of(q, "", " · 5–7"), Figure.Measure.SHARE, current, previous, lastYear));
				}
				default -> {
				}
			}
		}
		return tiles;
	}

	private Figure figure(Question q, io.peakxm.shared.LocalizedText label, Figure.Measure measure,
			RollupFilter current, RollupFilter previous, RollupFilter lastYear) {
		return figures.figure(q.key(), "", label, measure, q.type(), rollups.total(current, AnswerKey.of(q.key())),
				rollups.total(previous, AnswerKey.of(q.key())), rollups.total(lastYear, AnswerKey.of(q.key())));
	}

}
