package io.peakxm.workspace.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What invitations to join a workspace need of the shared mail settings
 * ({@code peakxm.mail.*}, documented in {@code application.properties}): the sender.
 * Links are built on {@link io.peakxm.shared.PublicUrl}.
 */
@ConfigurationProperties("peakxm.mail")
record InvitationMailProperties(@DefaultValue("PeakXM <no-reply@localhost>") String from) {
}
