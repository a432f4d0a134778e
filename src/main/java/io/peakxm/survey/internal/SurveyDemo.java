package io.peakxm.survey.internal;

import io.peakxm.journey.Journeys;
import io.peakxm.shared.PageRequest;
import io.peakxm.survey.SurveyDesigner;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.DemoWorkspaceCreated;
import io.peakxm.workspace.Role;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Adds the demo surveys: the post-flight survey on the airline journey (open) and a hotel
 * stay survey (draft) on the hotel stay journey, whose touchpoints it rates by name.
 */
@Component
class SurveyDemo {

	private final SurveyDesigner designer;

	private final Journeys journeys;

	SurveyDemo(SurveyDesigner designer, Journeys journeys) {
		this.designer = designer;
		this.journeys = journeys;
	}

	@EventListener
	@Order(20)
	void on(DemoWorkspaceCreated event) {
		Actor admin = Actor.ofUser(event.adminUserId(), "demo", "Demo", event.workspaceId(), "", Role.ADMIN, null);
		Long airline = journeyNamed(admin, "Fly with us");
		if (airline != null) {
			long postFlight = designer.createFromTemplate(admin, "post-flight", airline);
			designer.open(admin, postFlight, 0);
		}
		designer.createFromTemplate(admin, "hotel-stay", journeyNamed(admin, "Hotel stay"));
	}

	private Long journeyNamed(Actor admin, String name) {
		return journeys.list(admin, false, name, new PageRequest(0, 1))
			.items()
			.stream()
			.findFirst()
			.map(j -> j.id())
			.orElse(null);
	}

}
