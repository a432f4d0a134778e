package io.peakxm.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.journey.Journeys;
import io.peakxm.metrics.internal.AnswerKey;
import io.peakxm.metrics.internal.RollupStore;
import io.peakxm.metrics.internal.RollupStore.Grouping;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.LocalizedText;
import io.peakxm.survey.Question;
import io.peakxm.survey.Survey;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Permission;
import org.springframework.security.access.AccessDeniedException;

/**
 * A question's main figure split by channel, language, the touchpoint a response came
 * from, or the values of a segment (a hidden field), each group tested against the other
 * groups together.
 */
final class Breakdowns {

	private final RollupStore rollups;

	private final Journeys journeys;

	private final Figures figures;

	Breakdowns(RollupStore rollups, Journeys journeys, Figures figures) {
		this.rollups = rollups;
		this.journeys = journeys;
		this.figures = figures;
	}

	/**
	 * {@code by}: channel (also for null), language, touchpoint or
	 * dimension:&lt;field&gt;.
	 */
	Breakdown of(Actor actor, Survey survey, RollupFilter f, Question q, String row, String by) {
		Figure.Measure measure = Figures.measureOf(q.type());
		Grouping grouping;
		RollupFilter source = f;
		if (by == null || by.equals("channel")) {
			grouping = Grouping.CHANNEL;
		}
		else if (by.equals("language")) {
			grouping = Grouping.LANGUAGE;
		}
		else if (by.equals("touchpoint")) {
			grouping = Grouping.TOUCHPOINT;
		}
		else if (by.startsWith("dimension:") && rollups.dimensions(survey.id()).contains(by.substring(10))) {
			if (!actor.can(Permission.ANALYTICS_VIEW)) {
				throw new AccessDeniedException("segments need ANALYTICS_VIEW");
			}
			grouping = Grouping.DIMENSION_VALUE;
			source = f.dimension(by.substring(10), "");
		}
		else {
			throw InvalidInputException.of("by", "metrics.breakdownUnknown", String.valueOf(by));
		}
		Map<String, Aggregate> groups = rollups.grouped(source, new AnswerKey(q.key(), row), grouping);
		Aggregate total = groups.values().stream().reduce(Aggregate.EMPTY, Aggregate::plus);
		Figure totalFigure = figures.figure(q.key(), row, Names.of(q), measure, q.type(), total, null, null);
		List<Breakdown.Group> result = new ArrayList<>();
		Map<String, LocalizedText> touchpoints = grouping == Grouping.TOUCHPOINT ? touchpointNames(survey) : Map.of();
		groups.forEach((key, a) -> {
			Aggregate rest = Figures.minus(total, a);
			// Channels and languages are named by the page (they are UI words);
			// touchpoints by their names.
			LocalizedText label = grouping != Grouping.TOUCHPOINT ? LocalizedText.untranslated(key)
					: "0".equals(key) ? LocalizedText.untranslated("–")
							: touchpoints.getOrDefault(key, LocalizedText.untranslated("#" + key));
			result.add(new Breakdown.Group(key, label,
					figures.figure(q.key(), row, label, measure, q.type(), a, null, null),
					Figures.change(measure, q.type(), rest, a)));
		});
		return new Breakdown(by == null ? "channel" : by, totalFigure, result);
	}

	/**
	 * The names of the touchpoints of the survey's journey, by id as the rollups key the
	 * response's link touchpoint (a touchpoint no longer in the journey is named by its
	 * id).
	 */
	private Map<String, LocalizedText> touchpointNames(Survey survey) {
		Long journeyId = survey.definition().journeyId();
		Map<String, LocalizedText> names = new HashMap<>();
		if (journeyId != null) {
			journeys.find(survey.workspaceId(), journeyId)
				.ifPresent(j -> j.design()
					.touchpointsInOrder()
					.forEach(t -> names.put(String.valueOf(t.id()), Names.of(t))));
		}
		return names;
	}

}
