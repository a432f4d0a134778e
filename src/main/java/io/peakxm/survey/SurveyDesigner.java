package io.peakxm.survey;

import java.time.Clock;
import java.time.Instant;

import io.peakxm.journey.Journeys;
import io.peakxm.shared.ConflictException;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.NotFoundException;
import io.peakxm.survey.internal.SurveyStore;
import io.peakxm.survey.internal.SurveyTemplates;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes surveys: create (blank or from a template), save the definition under an optimistic lock, open,
 * close. Opening publishes the draft as a version; saving an open survey publishes the next version at once.
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
		SurveyRules.check(definition);
		checkJourney(workspaceId, definition.journeyId());
		return store.insert(workspaceId, definition, actor.userId(), clock.instant());
	}

	/** Creates a survey from a template; the post-flight template rates the touchpoints of {@code journeyId}. */
	@Transactional
	public long createFromTemplate(Actor actor, String templateKey, Long journeyId) {
		var journey = journeyId == null ? null
				: journeys.find(actor.requireWorkspace(), journeyId)
					.orElseThrow(() -> InvalidInputException.of("journeyId", "survey.journeyUnknown", journeyId));
		return create(actor, SurveyTemplates.build(templateKey, journeyId, journey == null ? null : journey.design()));
	}

	@Transactional
	public Survey save(Actor actor, long surveyId, int revision, SurveyDefinition definition) {
		Survey survey = require(actor, surveyId);
		SurveyRules.check(definition);
		checkJourney(survey.workspaceId(), definition.journeyId());
		Instant now = clock.instant();
		if (survey.status() == SurveyStatus.OPEN) {
			int next = survey.currentVersion() + 1;
			store.save(survey.workspaceId(), surveyId, revision, definition, SurveyStatus.OPEN, next, false, actor.userId(),
					now);
			store.insertVersion(survey.workspaceId(), surveyId, next, definition, actor.userId(), now);
			audit(actor, SurveyAuditActions.VERSION_PUBLISHED, surveyId, "version " + next);
		}
		else {
			store.save(survey.workspaceId(), surveyId, revision, definition, survey.status(), survey.currentVersion(),
					true, actor.userId(), now);
		}
		return require(actor, surveyId);
	}

	/** Opens the survey for responses, publishing the draft as a version if it changed. */
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
		if (version == null || survey.draftChanged()) {
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

	private void checkJourney(long workspaceId, Long journeyId) {
		if (journeyId != null && journeys.find(workspaceId, journeyId).isEmpty()) {
			throw InvalidInputException.of("journeyId", "survey.journeyUnknown", journeyId);
		}
	}

	private Survey require(Actor actor, long surveyId) {
		return store.find(actor.requireWorkspace(), surveyId).orElseThrow(() -> new NotFoundException("survey.notFound"));
	}

	private void audit(Actor actor, String action, long surveyId, String detail) {
		auditLog.record(actor.requireWorkspace(), actor.userId(), actor.email(), action, "survey " + surveyId, detail);
	}
}
