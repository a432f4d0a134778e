package io.peakxm.metrics.internal;

import java.util.Set;

import io.peakxm.shared.PageRequest;
import io.peakxm.survey.SurveyStatus;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.DemoWorkspaceCreated;
import io.peakxm.workspace.Role;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's dashboards: the post-flight survey split by cabin class and travel type,
 * rollups built at once.
 */
@Component
class MetricsDemo {

	private final Surveys surveys;

	private final RollupStore rollups;

	private final RollupRebuilder rebuilder;

	MetricsDemo(Surveys surveys, RollupStore rollups, RollupRebuilder rebuilder) {
		this.surveys = surveys;
		this.rollups = rollups;
		this.rebuilder = rebuilder;
	}

	@EventListener
	@Order(40)
	void on(DemoWorkspaceCreated event) {
		Actor admin = Actor.ofUser(event.adminUserId(), "demo", "Demo", event.workspaceId(), "", Role.ADMIN, null);
		for (var survey : surveys.list(admin, SurveyStatus.OPEN, "Post-flight", new PageRequest(0, 1)).items()) {
			rollups.replaceDimensions(event.workspaceId(), survey.id(), Set.of("cabin", "travel_type"));
			rebuilder.rebuild(event.workspaceId(), survey.id());
		}
	}

}
