package io.peakxm.feedback.web;

import java.util.ArrayList;
import java.util.List;

import io.peakxm.feedback.TextDashboard;
import io.peakxm.feedback.TextDashboard.TrendPoint;

/**
 * What the sentiment trend draws (the dashboards' trend chart): per bucket the mean
 * sentiment, its interval band and n (null where hidden), and the link to the verbatims
 * behind it (none for readers who may not see them).
 */
record SentimentTrendChart(String label, List<String> periods, List<Double> values, List<Double> lows,
		List<Double> highs, List<Long> counts, String valueAxis, String countAxis, String bandLabel,
		List<String> responses) {

	static SentimentTrendChart of(TextDashboard dashboard, boolean links, String label, String valueAxis,
			String countAxis, String bandLabel) {
		List<String> periods = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		List<Double> lows = new ArrayList<>();
		List<Double> highs = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		List<String> verbatims = new ArrayList<>();
		for (TrendPoint p : dashboard.trend()) {
			periods.add(p.start().toString());
			boolean show = !p.hidden() && !Double.isNaN(p.mean().value());
			values.add(show ? round(p.mean().value()) : null);
			lows.add(show && p.mean().interval().isDefined() ? round(p.mean().interval().low()) : null);
			highs.add(show && p.mean().interval().isDefined() ? round(p.mean().interval().high()) : null);
			counts.add(p.mean().n());
			verbatims.add(!links || p.mean().n() == 0 ? null
					: VerbatimLinks.between(p.start(), p.end(), dashboard.trendTouchpointId(), null));
		}
		return new SentimentTrendChart(label, periods, values, lows, highs, counts, valueAxis, countAxis, bandLabel,
				verbatims);
	}

	private static Double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
