package io.peakxm.response.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.peakxm.response.CollectionChannel;

import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Submission;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.RandomTokens;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.SurveyStatus;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.DemoWorkspaceCreated;
import io.peakxm.workspace.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the demo's post-flight survey with a year of generated responses (see
 * {@link DemoPassengers}).
 */
@Component
class ResponseDemo {

	static final int PASSENGERS = 2500;

	private static final Logger log = LoggerFactory.getLogger(ResponseDemo.class);

	private final Surveys surveys;

	private final ResponseRecorder recorder;

	private final Clock clock;

	private final ResponseStore responses;

	private final InvitationStore invitations;

	ResponseDemo(Surveys surveys, ResponseRecorder recorder, Clock clock, ResponseStore responses,
			InvitationStore invitations) {
		this.surveys = surveys;
		this.recorder = recorder;
		this.clock = clock;
		this.responses = responses;
		this.invitations = invitations;
	}

	@EventListener
	@Order(30)
	void on(DemoWorkspaceCreated event) {
		Actor admin = Actor.ofUser(event.adminUserId(), "demo", "Demo", event.workspaceId(), "", Role.ADMIN, null);
		var postFlight = surveys.list(admin, SurveyStatus.OPEN, "Post-flight", new PageRequest(0, 1)).items();
		if (postFlight.isEmpty()) {
			return;
		}
		var survey = postFlight.get(0);
		Question matrix = survey.definition()
			.questions()
			.stream()
			.filter(q -> q.type() == QuestionType.MATRIX)
			.findFirst()
			.orElseThrow();
		long started = System.nanoTime();
		for (Submission submission : new DemoPassengers(42, clock.instant(), matrix.key(), matrix.rows())
			.generate(PASSENGERS)) {
			recorder.submit(survey, submission);
		}
		log.info("Demo: {} post-flight responses generated in {} ms", PASSENGERS,
				(System.nanoTime() - started) / 1_000_000);
		invitations(event, survey.id());
	}

	/**
	 * A past e-mail campaign: 60 passengers invited ten days ago (addresses under
	 * example.com, which never receives mail), 30 of them answered (linked to e-mail
	 * responses), two unsubscribed, a reminder sent to the rest. Everything is marked as
	 * sent, so a configured SMTP server sends none of it.
	 */
	private void invitations(DemoWorkspaceCreated event, long surveyId) {
		Instant sent = clock.instant().minus(Duration.ofDays(10));
		var answered = responses.newest(event.workspaceId(), surveyId, CollectionChannel.EMAIL, 30);
		List<InvitationStore.NewInvitation> rows = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			rows.add(new InvitationStore.NewInvitation("passenger" + (i + 1) + "@example.com",
					i % 3 == 0 ? null : "Passenger " + (i + 1), i % 4 == 0 ? "zh-CN" : "en", RandomTokens.urlSafe(24),
					Map.of("flight", "SK" + (200 + i))));
		}
		invitations.insertAll(event.workspaceId(), surveyId, rows, 3, 1, event.adminUserId(), sent);
		for (int i = 0; i < rows.size(); i++) {
			var invitation = invitations.findByToken(rows.get(i).token()).orElseThrow();
			invitations.markSent(invitation.id(), sent, sent.plus(Duration.ofDays(3)));
			if (i < answered.size()) {
				invitations.claim(invitation.token(), answered.get(i).getKey(), answered.get(i).getValue());
			}
			else if (i >= 58) {
				invitations.suppress(event.workspaceId(), invitation.email(), sent.plus(Duration.ofDays(1)));
			}
			else {
				invitations.markReminded(invitation.id(), null);
			}
		}
	}

}
