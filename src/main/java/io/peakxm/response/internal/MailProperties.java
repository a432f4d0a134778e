package io.peakxm.response.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Invitation mail ({@code peakxm.mail.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from sender address of invitations
 * @param publicUrl the address respondents reach PeakXM at (links in e-mails are built on it)
 * @param pollInterval how often due invitations and reminders are looked for
 * @param batchSize most e-mails per run
 * @param schedulerEnabled whether the sending job runs by itself (tests run it by hand)
 */
@ConfigurationProperties("peakxm.mail")
record MailProperties(@DefaultValue("PeakXM <no-reply@localhost>") String from,
		@DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue("30s") Duration pollInterval,
		@DefaultValue("200") int batchSize, @DefaultValue("true") boolean schedulerEnabled) {

	public MailProperties {
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}
}
