/**
 * Experience management, feedback side: every piece of customer text from every channel
 * (survey comments, reviews, social posts, calls, chats, e-mails, app stores) in one
 * place, understood in Chinese and English by the {@code text} module — language,
 * sentiment per sentence, the touchpoints it talks about, emotions, key phrases, staff
 * mentions and topics — and searchable in both languages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback",
		allowedDependencies = { "shared", "workspace", "survey", "journey", "response", "text", "metrics::statistics" })
package io.peakxm.feedback;
