/**
 * Experience design: journeys of stages and touchpoints (moments of truth) with service
 * standards, designed emotions, peaks and the end moment, versioned by publishing, drawn
 * as a journey map.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journey",
		allowedDependencies = { "shared", "workspace" })
package io.peakxm.journey;
