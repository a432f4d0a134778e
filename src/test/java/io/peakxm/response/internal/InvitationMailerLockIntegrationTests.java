package io.peakxm.response.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.response.Invitations;
import io.peakxm.response.Recipient;
import io.peakxm.shared.JobLocks;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Role;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation job sends only while its node holds the job lock: when the lease is lost
 * mid-run (a node paused past its lease, another node took over) it stops before the next
 * e-mail instead of sending what the other node sends too.
 */
@PeakXmIntegrationTest
class InvitationMailerLockIntegrationTests {

	@Autowired
	InvitationStore store;

	@Autowired
	Surveys surveys;

	@Autowired
	MessageSource messages;

	@Autowired
	MailProperties properties;

	@Autowired
	JobLocks locks;

	@Autowired
	Invitations invitations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void stopsSendingWhenAnotherNodeHasTakenTheLock() {
		Actor designer = designer();
		long survey = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
		List<Recipient> recipients = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			recipients
				.add(new Recipient("lease-" + i + "-" + System.nanoTime() + "@example.com", null, "en", Map.of()));
		}
		var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
		context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
				designer, null, List.of()));
		try {
			invitations.add(designer, survey, recipients, 0, 0);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
		List<String> sentTo = new ArrayList<>();
		// The first e-mail takes so long that the lease runs out and another node takes
		// the lock meanwhile.
		JavaMailSender slow = new RecordingSender(sentTo,
				() -> jdbc.sql("""
						update job_lock set locked_by = 'another-node', locked_until = :until where name = :name""")
					.param("until", java.sql.Timestamp.from(Instant.now().plusSeconds(3600)))
					.param("name", InvitationMailer.LOCK)
					.update());
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", slow);
		InvitationMailer mailer = new InvitationMailer(store, surveys, beans.getBeanProvider(JavaMailSender.class),
				messages, properties, io.peakxm.shared.PublicUrl.of("http://peakxm.test"), locks, Clock.systemUTC());
		try {
			var run = mailer.runOnce(Instant.now()).orElseThrow();
			assertThat(sentTo).hasSize(1);
			assertThat(run.sent()).isEqualTo(1);
		}
		finally {
			jdbc.sql("update job_lock set locked_until = :past where name = :name")
				.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(3600)))
				.param("name", InvitationMailer.LOCK)
				.update();
		}
	}

	private Actor designer() {
		return io.peakxm.TestUsers.demoActor(jdbc, Role.DESIGNER);
	}

	/** Records recipients; runs {@code onFirst} during the first send. */
	private static final class RecordingSender implements JavaMailSender {

		private final List<String> sentTo;

		private final Runnable onFirst;

		RecordingSender(List<String> sentTo, Runnable onFirst) {
			this.sentTo = sentTo;
			this.onFirst = onFirst;
		}

		@Override
		public MimeMessage createMimeMessage() {
			return new MimeMessage(Session.getInstance(new Properties()));
		}

		@Override
		public MimeMessage createMimeMessage(InputStream contentStream) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void send(MimeMessage... mimeMessages) {
			for (MimeMessage message : mimeMessages) {
				try {
					sentTo.add(message.getAllRecipients()[0].toString());
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
				if (sentTo.size() == 1) {
					onFirst.run();
				}
			}
		}

		@Override
		public void send(MimeMessagePreparator... mimeMessagePreparators) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void send(SimpleMailMessage... simpleMessages) {
			throw new UnsupportedOperationException();
		}

	}

}
