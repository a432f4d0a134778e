package io.peakxm.workspace.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What invitations to join a workspace need of the shared mail settings ({@code peakxm.mail.*}, documented in
 * {@code application.properties}): the sender, and the address PeakXM is reached at, on which links are built.
 */
@ConfigurationProperties("peakxm.mail")
record InvitationMailProperties(@DefaultValue("PeakXM <no-reply@localhost>") String from,
		@DefaultValue("http://localhost:8080") String publicUrl) {

	InvitationMailProperties {
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** The single-use link of an invitation. */
	String joinLink(String token) {
		return publicUrl + "/join/" + token;
	}
}
