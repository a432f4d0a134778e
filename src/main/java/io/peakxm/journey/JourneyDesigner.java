package io.peakxm.journey;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.UnaryOperator;

import io.peakxm.journey.internal.JourneyCatalog;
import io.peakxm.journey.internal.JourneyDocuments;
import io.peakxm.journey.internal.JourneyStore;
import io.peakxm.journey.internal.JourneyTemplates;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditLog;
import io.peakxm.workspace.Workspaces;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changes journeys: create (blank, from a template, by import, as a copy), edit the draft
 * under an optimistic lock, publish numbered versions, archive and restore. Every edit is
 * checked by {@link JourneyRules} as a whole before it is saved.
 */
@Service
public class JourneyDesigner {

	private final JourneyStore store;

	private final JourneyCatalog catalog;

	private final JourneyTemplates templates;

	private final Workspaces workspaces;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	JourneyDesigner(JourneyStore store, JourneyCatalog catalog, JourneyTemplates templates, Workspaces workspaces,
			AuditLog auditLog, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.store = store;
		this.catalog = catalog;
		this.templates = templates;
		this.workspaces = workspaces;
		this.auditLog = auditLog;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public long create(Actor actor, JourneyDesign design) {
		JourneyRules.check(design);
		return store.insert(actor.requireWorkspace(), design, actor.userId(), clock.instant());
	}

	@Transactional
	public long createFromTemplate(Actor actor, String templateKey) {
		return create(actor, templates.design(templateKey));
	}

	/** Imports a journey file; all or nothing. */
	@Transactional
	public long importJourney(Actor actor, String file) {
		long id = create(actor, JourneyDocuments.read(file));
		audit(actor, JourneyAuditActions.IMPORTED, id, null);
		return id;
	}

	@Transactional
	public long copy(Actor actor, long journeyId) {
		Journey original = require(actor, journeyId);
		JourneyDesign design = original.design().withoutIds();
		String name = design.name().startsWith("Copy of ") ? design.name() : "Copy of " + design.name();
		String nameZh = design.nameZh() == null ? null : design.nameZh() + "（副本）";
		return create(actor, design.withHeader(truncate(name, 200), nameZh == null ? null : truncate(nameZh, 200),
				design.description(), design.targetSegment(), design.goal()));
	}

	/** Applies an edit to the draft if nobody else saved since {@code revision}. */
	@Transactional
	public Journey edit(Actor actor, long journeyId, int revision, UnaryOperator<JourneyDesign> change) {
		Journey journey = require(actor, journeyId);
		if (journey.revision() != revision) {
			throw new io.peakxm.shared.ConflictException("journey.changedBySomeoneElse");
		}
		JourneyDesign changed = change.apply(journey.design());
		JourneyRules.check(changed);
		checkOwners(actor, changed);
		store.save(actor.requireWorkspace(), journeyId, revision, changed, actor.userId(), clock.instant());
		return require(actor, journeyId);
	}

	/**
	 * Publishes the current draft as the next version number. A draft that equals the
	 * latest version is refused ({@code journey.publish.unchanged}, 409) instead of
	 * becoming an identical version; an edit that was undone is no change either.
	 */
	@Transactional
	public JourneyVersion publish(Actor actor, long journeyId, int revision) {
		Journey journey = require(actor, journeyId);
		if (journey.archived()) {
			throw new io.peakxm.shared.ConflictException("journey.archived");
		}
		if (journey.revision() != revision) {
			throw new io.peakxm.shared.ConflictException("journey.changedBySomeoneElse");
		}
		if (journey.design().touchpointsInOrder().isEmpty()) {
			throw InvalidInputException.of("stages", "journey.publish.empty");
		}
		if (journey.published() && catalog.version(actor.requireWorkspace(), journeyId, journey.publishedVersion())
			.map(v -> json.readValue(v.snapshot(), JourneyDesign.class).equals(journey.design()))
			.orElse(false)) {
			throw new io.peakxm.shared.ConflictException("journey.publish.unchanged", journey.publishedVersion());
		}
		int number = journey.publishedVersion() == null ? 1 : journey.publishedVersion() + 1;
		Instant now = clock.instant();
		store.markPublished(actor.requireWorkspace(), journeyId, revision, number, now);
		catalog.insertVersion(actor.requireWorkspace(), journeyId, number, json.writeValueAsString(journey.design()),
				actor.userId(), now);
		audit(actor, JourneyAuditActions.PUBLISHED, journeyId, "version " + number);
		events.publishEvent(new JourneyPublished(actor.requireWorkspace(), journeyId, number));
		return new JourneyVersion(journeyId, number, now, actor.userId(), journey.design());
	}

	@Transactional
	public void archive(Actor actor, long journeyId, int revision, boolean archived) {
		require(actor, journeyId);
		store.setArchived(actor.requireWorkspace(), journeyId, revision, archived ? clock.instant() : null);
		audit(actor, archived ? JourneyAuditActions.ARCHIVED : JourneyAuditActions.RESTORED, journeyId, null);
	}

	private Journey require(Actor actor, long journeyId) {
		return store.find(actor.requireWorkspace(), journeyId)
			.orElseThrow(() -> new NotFoundException("journey.notFound"));
	}

	private void checkOwners(Actor actor, JourneyDesign design) {
		io.peakxm.shared.Violations violations = new io.peakxm.shared.Violations();
		for (Touchpoint t : design.touchpointsInOrder()) {
			if (t.ownerUserId() != null && !workspaces.isActiveMember(actor.requireWorkspace(), t.ownerUserId())) {
				violations.add("ownerUserId", "journey.touchpoint.ownerUnknown", t.name().in(Locale.ENGLISH));
			}
		}
		violations.throwIfAny();
	}

	private void audit(Actor actor, String action, long journeyId, String detail) {
		auditLog.record(actor.requireWorkspace(), actor.userId(), actor.email(), action, "journey " + journeyId,
				detail);
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
