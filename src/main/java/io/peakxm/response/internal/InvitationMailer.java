package io.peakxm.response.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.peakxm.response.Invitation;
import io.peakxm.shared.JobLocks;
import io.peakxm.shared.PublicUrl;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyStatus;
import io.peakxm.survey.Surveys;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends invitation e-mails and reminders. Runs every {@code peakxm.mail.poll-interval} on
 * one node at a time (a database job lock), sends what is due in batches and records each
 * result at once, so a crash re-sends at most the e-mail in flight. Without SMTP settings
 * nothing is sent and invitations wait. Invitations of a survey that is not open wait
 * too. E-mails are plain text in the recipient's language with a one-click unsubscribe
 * header.
 */
@Component
public class InvitationMailer {

	static final String LOCK = "invitation-mailer";

	/**
	 * The job lock's lease, renewed before every e-mail: one e-mail (SMTP timeouts of 10
	 * s per step, see application.properties) takes far less, so the lease never runs out
	 * while this node sends and another node never sends the same invitation. After a
	 * crash another node takes over within this time.
	 */
	static final Duration LEASE = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

	private final InvitationStore store;

	private final Surveys surveys;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final MailProperties properties;

	private final PublicUrl publicUrl;

	private final JobLocks locks;

	private final Clock clock;

	InvitationMailer(InvitationStore store, Surveys surveys, ObjectProvider<JavaMailSender> mailSender,
			MessageSource messages, MailProperties properties, PublicUrl publicUrl, JobLocks locks, Clock clock) {
		this.store = store;
		this.surveys = surveys;
		this.mailSender = mailSender;
		this.messages = messages;
		this.properties = properties;
		this.publicUrl = publicUrl;
		this.locks = locks;
		this.clock = clock;
	}

	/** Whether an SMTP server is configured. */
	public boolean configured() {
		return mailSender.getIfAvailable() != null;
	}

	/** What one run did. */
	public record Run(int sent, int reminded, int failed) {
	}

	/**
	 * Sends what is due at {@code now}, if this node gets the job lock; empty if another
	 * node is running it.
	 */
	public Optional<Run> runOnce(Instant now) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return Optional.of(new Run(0, 0, 0));
		}
		return locks.runExclusively(LOCK, LEASE, lease -> send(sender, lease, now));
	}

	@Scheduled(initialDelayString = "10s", fixedDelayString = "${peakxm.mail.poll-interval:30s}")
	void runSafely() {
		if (!properties.schedulerEnabled()) {
			return;
		}
		try {
			runOnce(clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Invitation mail run failed: {}", ex.toString());
		}
	}

	/**
	 * Sends what is due while this node holds the lock; stops at once if it has lost it.
	 */
	private Run send(JavaMailSender sender, JobLocks.Lease lease, Instant now) {
		Map<Long, Optional<Survey>> surveyCache = new HashMap<>();
		int sent = 0;
		int reminded = 0;
		int failed = 0;
		for (Invitation invitation : store.dueForSending(properties.batchSize())) {
			Optional<Survey> survey = openSurvey(surveyCache, invitation);
			if (survey.isEmpty()) {
				continue;
			}
			if (!lease.renew()) {
				return lost(sent, reminded, failed);
			}
			try {
				sender.send(message(sender, invitation, survey.get(), false));
				store.markSent(invitation.id(), now, invitation.maxReminders() > 0 && invitation.remindAfterDays() > 0
						? now.plus(Duration.ofDays(invitation.remindAfterDays())) : null);
				sent++;
			}
			catch (Exception ex) {
				failed++;
				store.markFailed(invitation.id(), describe(ex));
				log.warn("Invitation {} could not be sent: {}", invitation.id(), describe(ex));
			}
		}
		for (Invitation invitation : store.dueForReminder(now, properties.batchSize())) {
			Optional<Survey> survey = openSurvey(surveyCache, invitation);
			if (survey.isEmpty()) {
				continue;
			}
			if (!lease.renew()) {
				return lost(sent, reminded, failed);
			}
			try {
				sender.send(message(sender, invitation, survey.get(), true));
				boolean more = invitation.remindersSent() + 1 < invitation.maxReminders();
				store.markReminded(invitation.id(),
						more ? now.plus(Duration.ofDays(invitation.remindAfterDays())) : null);
				reminded++;
			}
			catch (Exception ex) {
				failed++;
				store.markFailed(invitation.id(), describe(ex));
				log.warn("Reminder for invitation {} could not be sent: {}", invitation.id(), describe(ex));
			}
		}
		if (sent + reminded + failed > 0) {
			log.info("Invitation mail: {} sent, {} reminders, {} failed", sent, reminded, failed);
		}
		return new Run(sent, reminded, failed);
	}

	private static Run lost(int sent, int reminded, int failed) {
		log.warn("Invitation mail run stopped: another node took the job lock ({} sent, {} reminders so far)", sent,
				reminded);
		return new Run(sent, reminded, failed);
	}

	private Optional<Survey> openSurvey(Map<Long, Optional<Survey>> cache, Invitation invitation) {
		return cache.computeIfAbsent(invitation.surveyId(),
				id -> surveys.find(invitation.workspaceId(), id).filter(s -> s.status() == SurveyStatus.OPEN));
	}

	private MimeMessage message(JavaMailSender sender, Invitation invitation, Survey survey, boolean reminder)
			throws Exception {
		// The mail is written in the invitation's language: "zh-CN" or "en".
		Locale locale = "zh-CN".equals(invitation.language()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		String title = survey.definition().title().in(locale).replaceAll("[\\r\\n]+", " ");
		String link = UriComponentsBuilder.fromUriString(publicUrl.base())
			.path("/s/{publicId}")
			.queryParam("inv", invitation.token())
			.queryParam("lang", invitation.language())
			.buildAndExpand(survey.publicId())
			.encode()
			.toUriString();
		String unsubscribe = publicUrl.link("/u/" + invitation.token());
		String greeting = invitation.name() == null ? messages.getMessage("invitations.mail.greeting", null, locale)
				: messages.getMessage("invitations.mail.greetingName", new Object[] { invitation.name() }, locale);
		String body = greeting + "\n\n"
				+ messages.getMessage(reminder ? "invitations.mail.reminderBody" : "invitations.mail.body",
						new Object[] { title }, locale)
				+ "\n\n" + link + "\n\n" + messages.getMessage("invitations.mail.singleUse", null, locale) + "\n\n-- \n"
				+ messages.getMessage("invitations.mail.unsubscribe", null, locale) + " " + unsubscribe + "\n";
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(properties.from());
		helper.setTo(invitation.email());
		helper
			.setSubject(messages.getMessage(reminder ? "invitations.mail.reminderSubject" : "invitations.mail.subject",
					new Object[] { title }, locale));
		helper.setText(body, false);
		message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return message;
	}

	private static String describe(Exception ex) {
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		return message.replaceAll("[\\r\\n]+", " ");
	}

}
