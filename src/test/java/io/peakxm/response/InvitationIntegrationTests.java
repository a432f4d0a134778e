package io.peakxm.response;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.peakxm.PeakXmIntegrationTest;
import io.peakxm.TestUsers;
import io.peakxm.response.internal.InvitationMailer;
import io.peakxm.shared.ConflictException;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * E-mail invitations end to end against a real SMTP server (GreenMail on the test
 * profile's port 3025): upload, send, answer through the link once, reminders only to
 * those who did not answer, unsubscribe, all-or-nothing uploads, and one response per
 * link when two arrive at the same moment.
 */
@PeakXmIntegrationTest
class InvitationIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	static final Pattern LINK = Pattern
		.compile("http://peakxm\\.test/s/([A-Za-z0-9_-]+)\\?inv=([A-Za-z0-9_-]+)&lang=([a-zA-Z-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InvitationMailer mailer;

	@Autowired
	Invitations invitations;

	@Autowired
	Surveys surveys;

	long survey;

	String publicId;

	MockHttpSession designer;

	@BeforeEach
	void postFlightSurvey() throws Exception {
		designer = TestUsers.signInDemo(mvc, Role.DESIGNER);
		survey = jdbc.sql("select min(id) from survey where status = 'OPEN' and definition like '%Post-flight%'")
			.query(Long.class)
			.single();
		publicId = jdbc.sql("select public_id from survey where id = :s")
			.param("s", survey)
			.query(String.class)
			.single();
		mailer.runOnce(Instant.now());
		greenMail.reset();
	}

	@Test
	void invitesByMailRecordsOneAnswerPerLinkAndRemindsOnlyThoseWhoDidNotAnswer() throws Exception {
		String ana = unique("ana");
		String li = unique("li");
		upload("email,name,language,flight\n" + ana + ",Ana,en,SK101\n" + li + ",李雷,zh-CN,SK102\n", 2, 1)
			.andExpect(status().is3xxRedirection());
		Instant now = Instant.now();
		assertThat(mailer.runOnce(now).orElseThrow().sent()).isGreaterThanOrEqualTo(2);
		assertThat(mailsTo(ana)).isEqualTo(1);
		assertThat(mailsTo(li)).isEqualTo(1);
		MimeMessage toAna = messageTo(ana);
		assertThat(toAna.getSubject()).contains("Post-flight");
		assertThat(toAna.getHeader("List-Unsubscribe")[0]).startsWith("<http://peakxm.test/u/");
		assertThat(toAna.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(body(messageTo(li))).contains("李雷");
		Matcher link = link(toAna);
		assertThat(link.group(1)).isEqualTo(publicId);
		String token = link.group(2);

		mvc.perform(get("/s/" + publicId).param("inv", token).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"SK101\"")))
			.andExpect(content().string(containsString("name=\"inv\"")));
		mvc.perform(post("/s/" + publicId).param("inv", token)
			.param("lang", "en")
			.param("q.nps", "9")
			.param("sid", "inv-" + token)
			.param("flight", "FORGED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"respond-thanks\"")));
		Map<String, Object> answered = jdbc
			.sql("""
					select r.channel, r.customer_ref, f.field_value from invitation i join response r on r.id = i.response_id
					join response_field f on f.response_id = r.id and f.name = 'flight' where i.token = :t""")
			.param("t", token)
			.query()
			.singleRow();
		assertThat(answered).containsEntry("channel", "EMAIL")
			.containsEntry("customer_ref", ana)
			.containsEntry("field_value", "SK101");
		// The same link again (another browser, another form): refused, nothing recorded.
		mvc.perform(post("/s/" + publicId).param("inv", token).param("q.nps", "3").param("sid", "inv-other-" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("already answered")));
		mvc.perform(get("/s/" + publicId).param("inv", token)).andExpect(status().isGone());
		mvc.perform(get("/s/" + publicId).param("inv", "not-a-token")).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from response where customer_ref = :e")
			.param("e", ana)
			.query(Long.class)
			.single()).isEqualTo(1);

		mailer.runOnce(now.plus(Duration.ofDays(1)));
		assertThat(mailsTo(li)).as("no reminder before two days").isEqualTo(1);
		mailer.runOnce(now.plus(Duration.ofDays(2)).plusSeconds(60));
		assertThat(mailsTo(li)).as("one reminder after two days").isEqualTo(2);
		assertThat(mailsTo(ana)).as("no reminder after answering").isEqualTo(1);
		MimeMessage reminder = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> recipient(m).equals(li))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(reminder.getSubject()).startsWith("提醒");
		assertThat(link(reminder).group(2)).isEqualTo(link(messageTo(li)).group(2));
		mailer.runOnce(now.plus(Duration.ofDays(9)));
		assertThat(mailsTo(li)).as("at most one reminder").isEqualTo(2);

		mvc.perform(get("/surveys/" + survey + "/invitations").session(designer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ana)))
			.andExpect(content().string(containsString("data-testid=\"invitation-summary\"")));
	}

	@Test
	void anUnsubscribedAddressGetsNoMoreMailFromTheWorkspace() throws Exception {
		String bo = unique("bo");
		upload("email\n" + bo + "\n", 1, 3).andExpect(status().is3xxRedirection());
		mailer.runOnce(Instant.now());
		String token = link(messageTo(bo)).group(2);
		mvc.perform(get("/u/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"unsubscribe\"")));
		assertThat(jdbc.sql("select count(*) from email_suppression where email = :e")
			.param("e", bo)
			.query(Long.class)
			.single()).as("opening the link alone (a mail scanner) unsubscribes nothing").isZero();
		mvc.perform(post("/u/" + token).param("List-Unsubscribe", "One-Click"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"unsubscribe-done\"")));
		mailer.runOnce(Instant.now().plus(Duration.ofDays(5)));
		// Invited again to another survey of the same workspace: skipped.
		long other = jdbc
			.sql("select max(id) from survey where workspace_id = (select workspace_id from survey where id = :s)")
			.param("s", survey)
			.query(Long.class)
			.single();
		mvc.perform(post("/api/v1/surveys/" + other + "/invitations").session(designer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"recipients\":[{\"email\":\"" + bo.toUpperCase() + "\"}]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unsubscribed").value(1));
		mvc.perform(post("/u/unknown-token")).andExpect(status().isNotFound());
		assertThat(mailsTo(bo)).as("no reminder after unsubscribing").isEqualTo(1);
	}

	@Test
	void anUploadWithBadRowsIsRefusedWholeNamingEachRow() throws Exception {
		String good = unique("good");
		long before = jdbc.sql("select count(*) from invitation").query(Long.class).single();
		upload("email,language,seat\n" + good + ",en,12A\nnot-an-address,en,\n" + good + ",xx,\n", 3, 1)
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("Column &#39;seat&#39; is not email, name, language or a hidden field")));
		upload("email,language\n" + good + ",en\nnot-an-address,en\n" + good + ",xx\n", 3, 1)
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("row 3: email: &#39;not-an-address&#39; is not an e-mail address.")))
			.andExpect(content().string(containsString("row 4: email: " + good + " appears twice (first in row 2).")))
			.andExpect(content().string(containsString("row 4: language: Unknown language &#39;xx&#39;")));
		upload("email\n" + good + "\n", 99, 1).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("remindAfterDays: Must be between 0 and 60.")));
		assertThat(jdbc.sql("select count(*) from invitation").query(Long.class).single()).isEqualTo(before);
		mvc.perform(post("/api/v1/surveys/" + survey + "/invitations").session(designer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"recipients\":[{\"email\":\"x@\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("recipients[0].email"));
	}

	@Test
	void twoAnswersThroughOneLinkAtTheSameMomentRecordOne() throws Exception {
		String cy = unique("cy");
		mvc.perform(post("/api/v1/surveys/" + survey + "/invitations").session(designer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"recipients\":[{\"email\":\"" + cy + "\",\"fields\":{\"flight\":\"SK7\"}}]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.created").value(1));
		String token = jdbc.sql("select token from invitation where email = :e")
			.param("e", cy)
			.query(String.class)
			.single();
		Survey s = surveys.findByPublicId(publicId).orElseThrow();
		Invitation invitation = invitations.find(s, token).orElseThrow();
		for (int round = 0; round < 3; round++) {
			if (round > 0) {
				jdbc.sql(
						"delete from response_answer where response_id = (select response_id from invitation where token = :t)")
					.param("t", token)
					.update();
				jdbc.sql(
						"delete from response_field where response_id = (select response_id from invitation where token = :t)")
					.param("t", token)
					.update();
				Long id = jdbc.sql("select response_id from invitation where token = :t")
					.param("t", token)
					.query(Long.class)
					.single();
				jdbc.sql("update invitation set responded_at = null, response_id = null where token = :t")
					.param("t", token)
					.update();
				jdbc.sql("delete from response where id = :id").param("id", id).update();
			}
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<Receipt>> results = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				String key = "race-" + round + "-" + t + "-" + token;
				Callable<Receipt> answer = () -> {
					start.await();
					return invitations.submit(s, invitation, new Submission(CollectionChannel.EMAIL, "en", null, null,
							null, key, null, Map.of("nps", List.of("8")), Map.of()));
				};
				results.add(pool.submit(answer));
			}
			start.countDown();
			int won = 0;
			int refused = 0;
			for (Future<Receipt> result : results) {
				try {
					result.get();
					won++;
				}
				catch (java.util.concurrent.ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(ConflictException.class);
					assertThat(((ConflictException) ex.getCause()).code()).isEqualTo("invitation.alreadyAnswered");
					refused++;
				}
			}
			pool.shutdown();
			assertThat(won).isEqualTo(1);
			assertThat(refused).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from response where customer_ref = :e")
				.param("e", cy)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		mvc.perform(get("/api/v1/surveys/" + survey + "/invitations/summary").session(designer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responded").isNumber());
		mvc.perform(get("/api/v1/surveys/" + survey + "/invitations").session(designer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].email").value(cy))
			.andExpect(jsonPath("$.items[0].status").value("RESPONDED"))
			.andExpect(jsonPath("$.items[0].token").doesNotExist());
	}

	@Test
	void summaryCountsEveryEMailedInvitationAsSentRemindedAndAnsweredOnesIncluded() throws Exception {
		long workspace = jdbc.sql("select workspace_id from survey where id = :s")
			.param("s", survey)
			.query(Long.class)
			.single();
		InvitationSummary summary = invitations.summary(TestUsers.demoActor(jdbc, Role.DESIGNER), survey);
		long mailed = jdbc.sql("select count(*) from invitation where survey_id = :s and sent_at is not null")
			.param("s", survey)
			.query(Long.class)
			.single();
		long remindedOnce = jdbc
			.sql("select count(*) from invitation where survey_id = :s and sent_at is not null and reminders_sent > 0")
			.param("s", survey)
			.query(Long.class)
			.single();
		long answered = jdbc.sql("select count(*) from invitation where survey_id = :s and responded_at is not null")
			.param("s", survey)
			.query(Long.class)
			.single();
		assertThat(workspace).isPositive();
		// The demo campaign alone: 60 e-mailed, 30 answered, 28 reminded, 2 unsubscribed.
		assertThat(mailed).isGreaterThanOrEqualTo(60);
		assertThat(summary.sent()).isEqualTo(mailed);
		assertThat(summary.reminded()).isEqualTo(remindedOnce).isLessThanOrEqualTo(summary.sent());
		assertThat(summary.responded()).isEqualTo(answered).isLessThanOrEqualTo(summary.sent());
		assertThat(summary.responseRate()).isEqualTo(Math.round(1000.0 * answered / mailed) / 10.0);
		mvc.perform(get("/surveys/" + survey + "/invitations").session(designer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"summary-sent\">" + mailed + "<")))
			.andExpect(content().string(containsString("of them reminded")));
	}

	private org.springframework.test.web.servlet.ResultActions upload(String csv, int remindAfterDays, int maxReminders)
			throws Exception {
		return mvc.perform(multipart("/surveys/" + survey + "/invitations")
			.file(new MockMultipartFile("file", "recipients.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("remindAfterDays", String.valueOf(remindAfterDays))
			.param("maxReminders", String.valueOf(maxReminders))
			.session(designer)
			.with(csrf()));
	}

	private static MimeMessage messageTo(String address) {
		return Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> recipient(m).equals(address))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no mail to " + address));
	}

	private static long mailsTo(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipient(m).equals(address)).count();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (java.io.IOException | jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Matcher link(MimeMessage message) {
		Matcher matcher = LINK.matcher(body(message));
		assertThat(matcher.find()).as("survey link in the mail").isTrue();
		return matcher;
	}

	private static String unique(String name) {
		return name + "-" + System.nanoTime() + "@example.org";
	}

}
