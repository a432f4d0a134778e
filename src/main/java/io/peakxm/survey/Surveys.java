package io.peakxm.survey;

import java.util.List;
import java.util.Optional;

import io.peakxm.journey.Journeys;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.survey.internal.SurveyStore;
import io.peakxm.survey.internal.SurveyTemplates;
import io.peakxm.workspace.Actor;
import org.springframework.stereotype.Service;

/**
 * Reads surveys: lists, drafts, versions; and, for the public survey pages, an open
 * survey by its link id.
 */
@Service
public class Surveys {

	private final SurveyStore store;

	private final Journeys journeys;

	Surveys(SurveyStore store, Journeys journeys) {
		this.store = store;
		this.journeys = journeys;
	}

	public PageSlice<Survey> list(Actor actor, SurveyStatus status, String search, PageRequest page) {
		return store.list(actor.requireWorkspace(), status, search, page);
	}

	public Survey get(Actor actor, long surveyId) {
		return store.find(actor.requireWorkspace(), surveyId)
			.orElseThrow(() -> new NotFoundException("survey.notFound"));
	}

	public List<SurveyVersion> versions(Actor actor, long surveyId) {
		get(actor, surveyId);
		return store.versions(actor.requireWorkspace(), surveyId);
	}

	public SurveyVersion version(Actor actor, long surveyId, int number) {
		return findVersion(actor.requireWorkspace(), surveyId, number)
			.orElseThrow(() -> new NotFoundException("survey.version.notFound"));
	}

	/**
	 * How completely a survey rates the journey it measures (the current draft of the
	 * journey); empty when it measures none.
	 */
	public Optional<JourneyCoverage> coverage(Survey survey) {
		Long journeyId = survey.definition().journeyId();
		return journeyId == null ? Optional.empty() : journeys.find(survey.workspaceId(), journeyId)
			.map(j -> JourneyCoverage.of(journeyId, survey.definition(), j.design()));
	}

	public List<SurveyTemplates.Template> templates() {
		return SurveyTemplates.ALL;
	}

	/**
	 * For the public pages: the survey behind a link, whatever its status (the caller
	 * decides what to show).
	 */
	public Optional<Survey> findByPublicId(String publicId) {
		if (publicId == null || publicId.length() > 32) {
			return Optional.empty();
		}
		return store.findRecentByPublicId(publicId);
	}

	/**
	 * A survey of the actor's workspace for recording a response: may be up to a second
	 * old (saves on this node are seen at once), so that submission traffic does not read
	 * the survey for every response.
	 */
	public Survey getForSubmission(Actor actor, long surveyId) {
		return store.findRecent(actor.requireWorkspace(), surveyId)
			.orElseThrow(() -> new NotFoundException("survey.notFound"));
	}

	/**
	 * For background jobs of other modules: a survey of a workspace, whatever its status.
	 */
	public Optional<Survey> find(long workspaceId, long surveyId) {
		return store.find(workspaceId, surveyId);
	}

	/** For other modules: a published version of a survey of a workspace. */
	public Optional<SurveyVersion> findVersion(long workspaceId, long surveyId, int number) {
		return store.version(workspaceId, surveyId, number);
	}

}
