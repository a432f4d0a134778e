/**
 * Experience measurement, design side: surveys with typed questions (NPS, CSAT, CES,
 * ratings, choices, text, matrix, number, hidden fields), display logic, zh/en texts,
 * links to journey touchpoints, and versions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Survey",
		allowedDependencies = { "shared", "workspace", "journey" })
package io.peakxm.survey;
