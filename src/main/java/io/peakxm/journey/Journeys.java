package io.peakxm.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.peakxm.journey.internal.JourneyCatalog;
import io.peakxm.journey.internal.JourneyDocuments;
import io.peakxm.journey.internal.JourneyStore;
import io.peakxm.journey.internal.JourneyTemplates;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads journeys: lists, drafts, published versions, comparisons and exports. Frontline
 * agents see only the journeys in which they own a touchpoint; everybody else with design
 * read access sees all of the workspace.
 */
@Service
public class Journeys {

	private final JourneyStore store;

	private final JourneyCatalog catalog;

	private final JourneyTemplates templates;

	private final JsonMapper json;

	Journeys(JourneyStore store, JourneyCatalog catalog, JourneyTemplates templates, JsonMapper json) {
		this.store = store;
		this.catalog = catalog;
		this.templates = templates;
		this.json = json;
	}

	public PageSlice<JourneySummary> list(Actor actor, boolean archived, String search, PageRequest page) {
		return catalog.list(actor.requireWorkspace(), archived, agentFilter(actor), search, page);
	}

	public Journey get(Actor actor, long journeyId) {
		Journey journey = store.find(actor.requireWorkspace(), journeyId)
			.orElseThrow(() -> new NotFoundException("journey.notFound"));
		Long agent = agentFilter(actor);
		if (agent != null && !catalog.ownsTouchpointIn(actor.requireWorkspace(), journeyId, agent)) {
			throw new NotFoundException("journey.notFound");
		}
		return journey;
	}

	/** The published versions of a journey, newest first, without their designs. */
	public List<JourneyVersion> versions(Actor actor, long journeyId) {
		get(actor, journeyId);
		return catalog.versions(actor.requireWorkspace(), journeyId)
			.stream()
			.map(v -> new JourneyVersion(v.journeyId(), v.number(), v.publishedAt(), v.publishedBy(), null))
			.toList();
	}

	public JourneyVersion version(Actor actor, long journeyId, int number) {
		get(actor, journeyId);
		return findVersion(actor.requireWorkspace(), journeyId, number)
			.orElseThrow(() -> new NotFoundException("journey.version.notFound"));
	}

	/** Differences from one version to another; version 0 means the current draft. */
	public List<JourneyComparison.Change> compare(Actor actor, long journeyId, int from, int to) {
		return JourneyComparison.between(designAt(actor, journeyId, from), designAt(actor, journeyId, to));
	}

	/** The journey file of the draft or of a published version. */
	public String export(Actor actor, long journeyId, Integer version) {
		return JourneyDocuments.write(designAt(actor, journeyId, version == null ? 0 : version));
	}

	public List<JourneyTemplates.Template> templates() {
		return templates.list();
	}

	/** For other modules: a published version of a journey of a workspace. */
	public Optional<JourneyVersion> findVersion(long workspaceId, long journeyId, int number) {
		return catalog.version(workspaceId, journeyId, number)
			.map(v -> new JourneyVersion(v.journeyId(), v.number(), v.publishedAt(), v.publishedBy(),
					json.readValue(v.snapshot(), JourneyDesign.class)));
	}

	/**
	 * For other modules: the current drafts of a workspace's journeys that are not
	 * archived, oldest first (a workspace has tens of journeys, not thousands).
	 */
	public List<Journey> active(long workspaceId) {
		List<Journey> active = new ArrayList<>();
		for (JourneySummary summary : catalog
			.list(workspaceId, false, null, null, new PageRequest(0, PageRequest.MAX_SIZE))
			.items()) {
			store.find(workspaceId, summary.id()).ifPresent(active::add);
		}
		active.sort(java.util.Comparator.comparingLong(Journey::id));
		return active;
	}

	/** For other modules: the current draft of a journey of a workspace. */
	public Optional<Journey> find(long workspaceId, long journeyId) {
		return store.find(workspaceId, journeyId);
	}

	private JourneyDesign designAt(Actor actor, long journeyId, int version) {
		return version == 0 ? get(actor, journeyId).design() : version(actor, journeyId, version).design();
	}

	private static Long agentFilter(Actor actor) {
		return actor.role() == Role.AGENT ? actor.userId() : null;
	}

}
