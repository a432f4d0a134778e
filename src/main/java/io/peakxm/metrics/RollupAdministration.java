package io.peakxm.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.peakxm.metrics.internal.RollupRebuilder;
import io.peakxm.metrics.internal.RollupStore;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of the rollups: which hidden fields of a survey they break down by (its
 * dimensions), and recomputing them. Both change what the dashboards ({@link Metrics})
 * show, and both are audited. Each change is one transaction: it happens whole or not at
 * all (new dimensions are never saved without their rollups).
 */
@Service
public class RollupAdministration {

	private final RollupStore rollups;

	private final RollupRebuilder rebuilder;

	private final Surveys surveys;

	private final AuditLog audit;

	RollupAdministration(RollupStore rollups, RollupRebuilder rebuilder, Surveys surveys, AuditLog audit) {
		this.rollups = rollups;
		this.rebuilder = rebuilder;
		this.surveys = surveys;
		this.audit = audit;
	}

	/**
	 * Admin action: recompute the rollups of every survey of the workspace, all or none.
	 * Surveys are taken in id order, the order in which the rollup listener takes several
	 * surveys' locks, so the two never deadlock.
	 */
	@Transactional
	public int rebuild(Actor actor) {
		List<Survey> all = new ArrayList<>();
		PageSlice<Survey> page;
		int number = 0;
		do {
			page = surveys.list(actor, null, null, new PageRequest(number++, PageRequest.MAX_SIZE));
			all.addAll(page.items());
		}
		while (page.hasNext());
		all.sort(Comparator.comparingLong(Survey::id));
		for (Survey s : all) {
			rebuilder.rebuild(s.workspaceId(), s.id());
		}
		int count = all.size();
		audit.record(actor.requireWorkspace(), actor.userId(), actor.email(), MetricsAuditActions.REBUILT, "workspace",
				count + " surveys");
		return count;
	}

	/** The hidden fields a survey's rollups break down by, and those it could. */
	public List<String> dimensions(Actor actor, long surveyId) {
		return dimensions(actor, surveys.get(actor, surveyId));
	}

	/**
	 * The dimensions of a survey the caller has read already (a dashboard reads it once
	 * per request).
	 */
	public List<String> dimensions(Actor actor, Survey survey) {
		requireOwn(actor, survey);
		return rollups.dimensions(survey.id());
	}

	public List<String> dimensionValues(Actor actor, long surveyId, String name) {
		return dimensionValues(actor, surveys.get(actor, surveyId), name);
	}

	/** The values of a dimension of a survey the caller has read already. */
	public List<String> dimensionValues(Actor actor, Survey survey, String name) {
		requireOwn(actor, survey);
		return rollups.dimensionValues(survey.workspaceId(), survey.id(), name);
	}

	private static void requireOwn(Actor actor, Survey survey) {
		if (survey.workspaceId() != actor.requireWorkspace()) {
			throw new NotFoundException("survey.notFound");
		}
	}

	/**
	 * Sets the dimensions of a survey (at most 5 hidden fields) and rebuilds its rollups,
	 * both or neither.
	 */
	@Transactional
	public void setDimensions(Actor actor, long surveyId, List<String> names) {
		Survey survey = surveys.get(actor, surveyId);
		Set<String> hidden = new LinkedHashSet<>();
		survey.definition().hiddenFields().forEach(q -> hidden.add(q.key()));
		Set<String> chosen = new LinkedHashSet<>(names == null ? List.of() : names);
		for (String name : chosen) {
			if (!hidden.contains(name)) {
				throw InvalidInputException.of("dimensions", "metrics.dimensionNotHidden", name,
						String.join(", ", hidden));
			}
		}
		if (chosen.size() > 5) {
			throw InvalidInputException.of("dimensions", "metrics.tooManyDimensions", 5);
		}
		rollups.replaceDimensions(survey.workspaceId(), survey.id(), chosen);
		rebuilder.rebuild(survey.workspaceId(), survey.id());
		audit.record(actor.requireWorkspace(), actor.userId(), actor.email(), MetricsAuditActions.DIMENSIONS_CHANGED,
				"survey " + surveyId, String.join(", ", chosen));
	}

}
