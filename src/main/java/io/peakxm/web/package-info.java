/**
 * The thin web shell: page layout, navigation, home, sign-in page, language choice, error
 * pages and HTTP limits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
		allowedDependencies = { "shared", "workspace", "metrics" })
package io.peakxm.web;
