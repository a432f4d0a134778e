package io.peakxm.metrics;

import java.time.LocalDate;

/**
 * Which rollup rows count: a survey, a day range (inclusive), optionally one channel,
 * language, response touchpoint, and one value of a dimension ({@code dimName} empty for
 * all responses).
 */
public record RollupFilter(long workspaceId, long surveyId, LocalDate from, LocalDate to, String channel,
		String language, Long touchpointId, String dimName, String dimValue) {

	public RollupFilter {
		dimName = dimName == null ? "" : dimName;
		dimValue = dimName.isEmpty() || dimValue == null ? "" : dimValue;
	}

	public RollupFilter period(LocalDate newFrom, LocalDate newTo) {
		return new RollupFilter(workspaceId, surveyId, newFrom, newTo, channel, language, touchpointId, dimName,
				dimValue);
	}

	public RollupFilter dimension(String name, String value) {
		return new RollupFilter(workspaceId, surveyId, from, to, channel, language, touchpointId, name, value);
	}
}
