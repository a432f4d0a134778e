package io.peakxm.survey;

import java.time.Instant;

/**
 * A published, immutable version of a survey's definition. Responses store the number
 * they answered.
 */
public record SurveyVersion(long surveyId, int number, Instant publishedAt, SurveyDefinition definition) {
}
