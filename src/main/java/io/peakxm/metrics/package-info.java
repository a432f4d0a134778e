/**
 * Experience metrics: NPS, CSAT, CES, means and shares with 95 % intervals and
 * significance of changes, read from rollups that are kept current from committed
 * responses (docs/design.md §3 and §7).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Metrics",
		allowedDependencies = { "shared", "workspace", "survey", "journey", "response" })
package io.peakxm.metrics;
