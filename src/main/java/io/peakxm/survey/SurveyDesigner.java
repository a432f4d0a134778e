package io.peakxm.survey;

import java.time.Clock;
import java.time.Instant;

import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.Journeys;
import io.peakxm.shared.ConflictException;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.Violations;
import io.peakxm.survey.internal.SurveyStore;
import io.peakxm.survey.internal.SurveyTemplates;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes surveys: create (blank or from a template), save the definition under an
 * optimistic lock, open, close. Opening publishes the draft as a version; saving an open
 * survey publishes the next version at once. Publishing never repeats the latest version:
 * an open survey saved without a change is refused ({@code survey.publish.unchanged},
 * 409), and a closed one reopens on its latest version. Every touchpoint link points into
 * the survey's journey of the actor's workspace ({@link TouchpointLinks#check}).
 */
@Service
public class SurveyDesigner {

	private final SurveyStore store;

	private final Journeys journeys;

	private final AuditLog auditLog;

	private final Clock clock;

	SurveyDesigner(SurveyStore store, Journeys journeys, AuditLog auditLog, Clock clock) {
		this.store = store;
		this.journeys = journeys;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	public long create(Actor actor, SurveyDefinition definition) {
		long workspaceId = actor.requireWorkspace();
		check(workspaceId, definition, null);
		return store.insert(workspaceId, definition, actor.userId(), clock.instant());
	}

	/**
	 * Creates a survey from a template for the journey {@code journeyId} (null for none):
	 * the survey keeps the journey, and the template's rows are tied to its touchpoints
	 * by name.
	 */
	@Transactional
	public long createFromTemplate(Actor actor, String templateKey, Long journeyId) {
		return create(actor,
				SurveyTemplates.build(templateKey, journeyId, design(actor.requireWorkspace(), journeyId)));
	}

	@Transactional
	public Survey save(Actor actor, long surveyId, int revision, SurveyDefinition definition) {
		Survey survey = require(actor, surveyId);
		if (survey.revision() != revision) {
			throw new ConflictException("survey.changedBySomeoneElse");
		}
		check(survey.workspaceId(), definition, survey.definition());
		boolean changed = changedSinceVersion(survey, definition);
		Instant now = clock.instant();
		if (survey.status() == SurveyStatus.OPEN) {
			if (!changed) {
				throw new ConflictException("survey.publish.unchanged", survey.currentVersion());
			}
			int next = survey.currentVersion() + 1;
			store.save(survey.workspaceId(), surveyId, revision, definition, SurveyStatus.OPEN, next, false,
					actor.userId(), now);
			store.insertVersion(survey.workspaceId(), surveyId, next, definition, actor.userId(), now);
			audit(actor, SurveyAuditActions.VERSION_PUBLISHED, surveyId, "version " + next);
		}
		else {
			store.save(survey.workspaceId(), surveyId, revision, definition, survey.status(), survey.currentVersion(),
					changed, actor.userId(), now);
		}
		return require(actor, surveyId);
	}

	/**
	 * Saves a definition after tying its links to its journey by name
	 * ({@link TouchpointLinks#bind}): when a designer chooses another journey, rows give
	 * up the old journey's touchpoints for the new one's of the same name.
	 */
	@Transactional
	public Survey saveWithJourney(Actor actor, long surveyId, int revision, SurveyDefinition definition) {
		long workspaceId = actor.requireWorkspace();
		return save(actor, surveyId, revision,
				TouchpointLinks.bind(definition, definition.journeyId(), design(workspaceId, definition.journeyId())));
	}

	/**
	 * Opens the survey for responses, publishing the draft as a version if it changed.
	 */
	@Transactional
	public Survey open(Actor actor, long surveyId, int revision) {
		Survey survey = require(actor, surveyId);
		if (survey.status() == SurveyStatus.OPEN) {
			throw new ConflictException("survey.alreadyOpen");
		}
		if (survey.definition().questions().stream().allMatch(q -> q.type() == QuestionType.HIDDEN)) {
			throw InvalidInputException.of("questions", "survey.noQuestions");
		}
		Instant now = clock.instant();
		Integer version = survey.currentVersion();
		if (version == null || survey.draftChanged() && changedSinceVersion(survey, survey.definition())) {
			version = version == null ? 1 : version + 1;
			store.insertVersion(survey.workspaceId(), surveyId, version, survey.definition(), actor.userId(), now);
		}
		store.save(survey.workspaceId(), surveyId, revision, survey.definition(), SurveyStatus.OPEN, version, false,
				actor.userId(), now);
		audit(actor, SurveyAuditActions.OPENED, surveyId, "version " + version);
		return require(actor, surveyId);
	}

	@Transactional
	public Survey close(Actor actor, long surveyId, int revision) {
		Survey survey = require(actor, surveyId);
		if (survey.status() != SurveyStatus.OPEN) {
			throw new ConflictException("survey.notOpen");
		}
		store.save(survey.workspaceId(), surveyId, revision, survey.definition(), SurveyStatus.CLOSED,
				survey.currentVersion(), false, actor.userId(), clock.instant());
		audit(actor, SurveyAuditActions.CLOSED, surveyId, null);
		return require(actor, surveyId);
	}

	/**
	 * Checks a definition as a whole: its rules, its journey in the workspace, and its
	 * touchpoint links.
	 */
	private void check(long workspaceId, SurveyDefinition definition, SurveyDefinition previous) {
		SurveyRules.check(definition);
		Violations violations = new Violations();
		TouchpointLinks.check(violations, definition, design(workspaceId, definition.journeyId()), previous);
		violations.throwIfAny();
	}

	/**
	 * The current design of a journey of the workspace; null for no journey, a field
	 * error for an unknown one.
	 */
	private JourneyDesign design(long workspaceId, Long journeyId) {
		if (journeyId == null) {
			return null;
		}
		return journeys.find(workspaceId, journeyId)
			.orElseThrow(() -> InvalidInputException.of("journeyId", "survey.journeyUnknown", journeyId))
			.design();
	}

	/**
	 * Whether a definition differs from the survey's latest published version (always,
	 * before the first).
	 */
	private boolean changedSinceVersion(Survey survey, SurveyDefinition definition) {
		return survey.currentVersion() == null
				|| store.version(survey.workspaceId(), survey.id(), survey.currentVersion())
					.map(v -> !v.definition().equals(definition))
					.orElse(true);
	}

	private Survey require(Actor actor, long surveyId) {
		return store.find(actor.requireWorkspace(), surveyId)
			.orElseThrow(() -> new NotFoundException("survey.notFound"));
	}

	private void audit(Actor actor, String action, long surveyId, String detail) {
		auditLog.record(actor.requireWorkspace(), actor.userId(), actor.email(), action, "survey " + surveyId, detail);
	}

}
