package io.peakxm.metrics;

import java.util.Comparator;
import java.util.List;

import io.peakxm.shared.LocalizedText;

/**
 * What moved lately in a workspace, for its home page: over the dashboards' default
 * period, compared with the period before, the KPI tiles of the open surveys answered
 * most in it, and the touchpoints whose mean rating moved most — significant changes
 * first, then by the size of the change.
 */
public record Highlights(Period period, Period previous, List<SurveyTiles> surveys, List<Mover> movers) {

	/** A survey's KPI tiles. */
	public record SurveyTiles(long surveyId, LocalizedText title, List<Figure> tiles) {
	}

	/** A touchpoint of a survey's journey and what the survey measured of it. */
	public record Mover(long surveyId, LocalizedText surveyTitle, TouchpointScore touchpoint) {

		/**
		 * Whether its mean is shown and its change against the previous period could be
		 * tested.
		 */
		boolean moved() {
			Figure mean = touchpoint.mean();
			return mean != null && !mean.hidden() && mean.vsPrevious() != null && mean.vsPrevious().testable();
		}

		boolean significant() {
			return touchpoint.mean().vsPrevious().significant();
		}

		double size() {
			return Math.abs(touchpoint.mean().vsPrevious().difference());
		}
	}

	/**
	 * The touchpoints that moved most: significant changes first, then the larger
	 * changes; at most {@code limit}.
	 */
	static List<Mover> mostMoved(List<Mover> candidates, int limit) {
		return candidates.stream()
			.filter(Mover::moved)
			.sorted(Comparator.comparing(Mover::significant)
				.reversed()
				.thenComparing(Comparator.comparingDouble(Mover::size).reversed()))
			.limit(limit)
			.toList();
	}
}
