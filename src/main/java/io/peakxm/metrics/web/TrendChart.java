package io.peakxm.metrics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.peakxm.metrics.Overview;
import io.peakxm.metrics.TrendPoint;
import org.springframework.context.MessageSource;

/**
 * What the trend chart draws: per bucket the value, the interval band and n (null where
 * hidden), and the link to the responses behind it (none without the permission to see
 * responses). The value axis is named by the measure in a word or two; the main figure's
 * full name goes to the legend.
 */
record TrendChart(String label, List<String> periods, List<Double> values, List<Double> lows, List<Double> highs,
		List<Long> counts, String valueAxis, String countAxis, String bandLabel, List<String> responses) {

	static TrendChart of(Overview overview, ResponseLinks links, MessageSource messages, Locale locale) {
		List<String> periods = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		List<Double> lows = new ArrayList<>();
		List<Double> highs = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		List<String> responses = new ArrayList<>();
		for (TrendPoint p : overview.trend()) {
			periods.add(p.start().toString());
			boolean show = !p.hidden() && !Double.isNaN(p.estimate().value());
			values.add(show ? round(p.estimate().value()) : null);
			lows.add(show && p.estimate().interval().isDefined() ? round(p.estimate().interval().low()) : null);
			highs.add(show && p.estimate().interval().isDefined() ? round(p.estimate().interval().high()) : null);
			counts.add(p.estimate().n());
			responses.add(links == null || overview.main() == null || p.estimate().n() == 0 ? null
					: links.answeredBetween(p.start(), p.end(), overview.main().question(), overview.main().row()));
		}
		String label = overview.main() == null ? "" : overview.main().label().in(locale);
		String axis = overview.main() == null ? ""
				: messages.getMessage("metrics.axis." + overview.main().measure(), null, locale);
		return new TrendChart(label, periods, values, lows, highs, counts, axis,
				messages.getMessage("metrics.responses", null, locale),
				messages.getMessage("metrics.interval", null, locale), responses);
	}

	static Double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
