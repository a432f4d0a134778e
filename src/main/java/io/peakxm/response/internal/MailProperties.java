package io.peakxm.response.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Invitation mail ({@code peakxm.mail.*}); the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}, the address links are built on
 * {@link io.peakxm.shared.PublicUrl}.
 *
 * @param from sender address of invitations
 * @param pollInterval how often due invitations and reminders are looked for
 * @param batchSize most e-mails per run
 * @param schedulerEnabled whether the sending job runs by itself (tests run it by hand)
 */
@ConfigurationProperties("peakxm.mail")
record MailProperties(@DefaultValue("PeakXM <no-reply@localhost>") String from,
		@DefaultValue("30s") Duration pollInterval, @DefaultValue("200") int batchSize,
		@DefaultValue("true") boolean schedulerEnabled) {
}
