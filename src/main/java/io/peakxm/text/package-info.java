/**
 * Text analytics for free-text feedback: language, sentiment per item, sentence and
 * aspect, emotions, key phrases, staff mentions, topic rules, search terms and
 * personal-data masking. Plain Java without Spring beans or database access; everything
 * here is immutable and safe to share between threads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Text analytics",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.peakxm.text;
