/**
 * Peak Experience Management (docs/design.md §4–5): the emotional curve of a journey and
 * the peak-end analysis of what customers remember, computed by streaming a survey's
 * touchpoint ratings from the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight", allowedDependencies = { "shared", "workspace",
		"survey", "journey", "response", "feedback", "metrics::statistics" })
package io.peakxm.insight;
