package io.peakxm.response.internal;

import java.time.Clock;

import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Submission;
import io.peakxm.shared.PageRequest;
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

/** Fills the demo's post-flight survey with a year of generated responses (see {@link DemoPassengers}). */
@Component
class ResponseDemo {

	static final int PASSENGERS = 2500;

	private static final Logger log = LoggerFactory.getLogger(ResponseDemo.class);

	private final Surveys surveys;

	private final ResponseRecorder recorder;

	private final Clock clock;

	ResponseDemo(Surveys surveys, ResponseRecorder recorder, Clock clock) {
		this.surveys = surveys;
		this.recorder = recorder;
		this.clock = clock;
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
		log.info("Demo: {} post-flight responses generated in {} ms", PASSENGERS, (System.nanoTime() - started) / 1_000_000);
	}
}
