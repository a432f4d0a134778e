package io.peakxm.metrics.internal;

import java.time.LocalDate;

/**
 * The primary key of a rollup row: what is counted ({@link AnswerKey}) for the responses
 * of one day, channel, language and touchpoint of collection ({@code 0}: none), among all
 * responses ({@code dimName} empty) or those with one value of a hidden field chosen as a
 * dimension. The day table ({@code metric_rollup_day}) sums the rows of a day over
 * channel, language and touchpoint.
 */
record RollupKey(long workspaceId, long surveyId, String dimName, String dimValue, AnswerKey answer, LocalDate day,
		String channel, String language, long touchpointId) {
}
