package io.peakxm.journey.internal;

import io.peakxm.journey.JourneyDesigner;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.DemoWorkspaceCreated;
import io.peakxm.workspace.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Adds the demo journeys: the airline trip (published) and a hotel stay (draft). */
@Component
class JourneyDemo {

	private final JourneyDesigner designer;

	JourneyDemo(JourneyDesigner designer) {
		this.designer = designer;
	}

	@EventListener
	@org.springframework.core.annotation.Order(10)
	void on(DemoWorkspaceCreated event) {
		Actor admin = Actor.ofUser(event.adminUserId(), "demo", "Demo", event.workspaceId(), "", Role.ADMIN, null);
		long airline = designer.createFromTemplate(admin, "airline-trip");
		designer.publish(admin, airline, 0);
		designer.createFromTemplate(admin, "hotel-stay");
	}
}
