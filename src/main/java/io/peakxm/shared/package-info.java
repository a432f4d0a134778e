/**
 * Small shared kernel: input violations, paging, rate limiting and work combining used by
 * every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.peakxm.shared;
