package io.peakxm.survey;

/** Audit actions of the survey module. */
final class SurveyAuditActions {

	static final String OPENED = "survey.opened";

	static final String CLOSED = "survey.closed";

	static final String VERSION_PUBLISHED = "survey.version-published";

	private SurveyAuditActions() {
	}

}
