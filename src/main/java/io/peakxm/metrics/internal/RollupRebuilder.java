package io.peakxm.metrics.internal;

/**
 * Recomputes a survey's rollups from its responses, in the caller's transaction (or its
 * own), under the survey's lock. The port through which the metrics module's API
 * ({@code RollupAdministration}) and its demo rebuild, so that the class that listens to
 * response events stays out of reach.
 */
public interface RollupRebuilder {

	/**
	 * Recomputes a survey's rollups (imports, dimension changes, the administrators'
	 * action).
	 */
	void rebuild(long workspaceId, long surveyId);

}
