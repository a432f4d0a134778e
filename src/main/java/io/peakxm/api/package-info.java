/**
 * The REST shell: RFC 9457 problem details for every API error and the OpenAPI
 * description of {@code /api/v1}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API", allowedDependencies = "shared")
package io.peakxm.api;
