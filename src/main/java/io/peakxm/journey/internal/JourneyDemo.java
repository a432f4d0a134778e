package io.peakxm.journey.internal;

import java.util.Set;

import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.JourneyDesigner;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.Touchpoint;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.DemoWorkspaceCreated;
import io.peakxm.workspace.MemberView;
import io.peakxm.workspace.Role;
import io.peakxm.workspace.Workspaces;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Adds the demo journeys: the airline trip (published) and a hotel stay (draft). The
 * demo's frontline agent owns the airport touchpoints at the end of the trip — arrival
 * and baggage, where the demo's dip is — so that signing in as the agent shows what an
 * agent works with (an agent sees only journeys in which they own a touchpoint).
 */
@Component
class JourneyDemo {

	/** English names of the airline template's touchpoints the demo agent owns. */
	static final Set<String> AGENT_TOUCHPOINTS = Set.of("Arrival and disembarkation", "Baggage handling");

	private final JourneyDesigner designer;

	private final Journeys journeys;

	private final Workspaces workspaces;

	JourneyDemo(JourneyDesigner designer, Journeys journeys, Workspaces workspaces) {
		this.designer = designer;
		this.journeys = journeys;
		this.workspaces = workspaces;
	}

	@EventListener
	@org.springframework.core.annotation.Order(10)
	void on(DemoWorkspaceCreated event) {
		Actor admin = Actor.ofUser(event.adminUserId(), "demo", "Demo", event.workspaceId(), "", Role.ADMIN, null);
		long airline = designer.createFromTemplate(admin, "airline-trip");
		workspaces.activeMembers(event.workspaceId())
			.stream()
			.filter(m -> m.role() == Role.AGENT)
			.map(MemberView::userId)
			.findFirst()
			.ifPresent(agent -> designer.edit(admin, airline, journeys.get(admin, airline).revision(),
					design -> ownedBy(design, agent)));
		designer.publish(admin, airline, journeys.get(admin, airline).revision());
		designer.createFromTemplate(admin, "hotel-stay");
	}

	private static JourneyDesign ownedBy(JourneyDesign design, long agent) {
		JourneyDesign owned = design;
		for (Touchpoint t : design.touchpointsInOrder()) {
			if (AGENT_TOUCHPOINTS.contains(t.nameEn())) {
				owned = owned.updateTouchpoint(t.id(), t.withOwnerUser(agent));
			}
		}
		return owned;
	}

}
