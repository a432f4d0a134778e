package io.peakxm.response;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.peakxm.response.internal.ResponseStore;
import io.peakxm.shared.ConflictException;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.Languages;
import io.peakxm.shared.Violations;
import io.peakxm.survey.Answer;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.ResponseValidator;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyStatus;
import org.springframework.stereotype.Service;

/**
 * Records submissions. A submission is checked as a whole against the open survey
 * version, then written with all its answers in one transaction together with its
 * {@link ResponseSubmitted} event (by the {@link SubmissionWriter}, which commits
 * concurrent submissions together); it is acknowledged only after that commit. A repeated
 * idempotency key returns the first response instead of a second one, also when both
 * arrive at the same moment (the database's unique key decides).
 */
@Service
public class ResponseRecorder {

	private final SubmissionWriter writer;

	private final Clock clock;

	ResponseRecorder(SubmissionWriter writer, Clock clock) {
		this.writer = writer;
		this.clock = clock;
	}

	/**
	 * Something that must hold for a response to be kept, decided inside its transaction
	 * (a link's single use).
	 */
	@FunctionalInterface
	public interface Claim {

		/**
		 * Called with the new response's id before commit; throwing rolls the response
		 * back.
		 */
		void claim(long responseId, Instant at);

	}

	public Receipt submit(Survey survey, Submission submission) {
		return submit(survey, submission, (id, at) -> {
		});
	}

	/**
	 * Records a submission; {@code claim} runs in the same transaction after the response
	 * is written, so that a single-use token is taken if and only if the response
	 * commits.
	 */
	public Receipt submit(Survey survey, Submission submission, Claim claim) {
		if (survey.status() != SurveyStatus.OPEN || survey.currentVersion() == null) {
			throw new ConflictException("response.surveyClosed");
		}
		SurveyDefinition definition = survey.definition();
		String language = checkEnvelope(definition, submission);
		List<Answer> answers = ResponseValidator.validate(definition, submission.answers(), submission.hiddenValues());
		Map<String, String> fields = new LinkedHashMap<>();
		answers.stream()
			.filter(a -> a.type() == QuestionType.HIDDEN)
			.forEach(a -> fields.put(a.questionKey(), a.text()));
		String key = submission.idempotencyKey();
		Instant now = submission.submittedAt() == null ? clock.instant() : submission.submittedAt();
		ResponseStore.NewResponse row = new ResponseStore.NewResponse(survey.workspaceId(), survey.id(),
				survey.currentVersion(), submission.channel(), language, submission.touchpointId(),
				blankToNull(submission.customerRef()), blankToNull(submission.journeyInstanceKey()), key,
				submission.startedAt(), now, ScoreVector.encode(ScoreVector.slots(definition), answers));
		return writer.write(new SubmissionWriter.Pending(row, answers, fields, claim, new CompletableFuture<>()));
	}

	/** Checks what travels around the answers; returns the normalized language. */
	private static String checkEnvelope(SurveyDefinition definition, Submission submission) {
		Violations violations = new Violations();
		if (submission.channel() == null) {
			violations.add("channel", "validation.required");
		}
		length(violations, "customerRef", submission.customerRef(), 200);
		length(violations, "journeyInstanceKey", submission.journeyInstanceKey(), 200);
		String key = submission.idempotencyKey();
		if (key != null && (key.isBlank() || key.length() > 100)) {
			violations.add("idempotencyKey", "response.idempotencyKeyInvalid");
		}
		if (submission.touchpointId() != null
				&& !definition.measuredTouchpoints().containsKey(submission.touchpointId())) {
			violations.add("touchpoint", "response.touchpointUnknown", submission.touchpointId());
		}
		violations.throwIfAny();
		try {
			return submission.language() == null ? "en" : Languages.normalize(submission.language());
		}
		catch (InvalidInputException ex) {
			return "en";
		}
	}

	private static void length(Violations violations, String field, String value, int max) {
		if (value != null && value.length() > max) {
			violations.add(field, "validation.tooLong", max);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
