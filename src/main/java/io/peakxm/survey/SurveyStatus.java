package io.peakxm.survey;

/**
 * Life cycle of a survey: a draft is designed, an open survey takes responses, a closed
 * one takes none.
 */
public enum SurveyStatus {

	DRAFT, OPEN, CLOSED

}
