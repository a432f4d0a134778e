package io.peakxm.journey;

/** Where the measurements of a service standard come from. */
public enum ComplianceSource {

	SURVEY_QUESTION, OPERATIONAL_DATA, NOT_SET

}
