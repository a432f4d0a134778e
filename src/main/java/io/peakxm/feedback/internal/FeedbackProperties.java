package io.peakxm.feedback.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the feedback module ({@code peakxm.feedback.*}).
 *
 * @param pseudonymSecret the key of authors' pseudonyms: set it once per installation
 * (every node the same) and keep it; changing it gives returning authors new pseudonyms
 * @param inboxPageSize items per page of the inbox
 */
@ConfigurationProperties("peakxm.feedback")
record FeedbackProperties(@DefaultValue("peakxm-change-me") String pseudonymSecret,
		@DefaultValue("25") int inboxPageSize) {
}
