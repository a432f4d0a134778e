package io.peakxm.workspace.internal;

import java.util.Locale;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the link of an invitation to join a workspace by e-mail, when an SMTP server is
 * configured (Spring Boot's {@code spring.mail.*}). The administrator sees the link
 * either way, so a failure to send is reported, not fatal.
 */
@Component
class MemberInvitationMail {

	private static final Logger log = LoggerFactory.getLogger(MemberInvitationMail.class);

	/** What became of the e-mail. */
	enum Outcome {

		SENT, NOT_CONFIGURED, FAILED

	}

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final InvitationMailProperties properties;

	MemberInvitationMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
			InvitationMailProperties properties) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.properties = properties;
	}

	Outcome send(String email, String workspaceName, String inviterName, String link, Locale locale) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return Outcome.NOT_CONFIGURED;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(properties.from());
			helper.setTo(email);
			String workspace = workspaceName.replaceAll("[\\r\\n]+", " ");
			helper.setSubject(messages.getMessage("join.mail.subject", new Object[] { workspace }, locale));
			helper.setText(messages.getMessage("join.mail.body", new Object[] { inviterName, workspace, link }, locale),
					false);
			sender.send(message);
			return Outcome.SENT;
		}
		catch (Exception ex) {
			log.warn("Invitation to join a workspace could not be sent: {}",
					String.valueOf(ex.getMessage()).replaceAll("[\\r\\n]+", " "));
			return Outcome.FAILED;
		}
	}

}
