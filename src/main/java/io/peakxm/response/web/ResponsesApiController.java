package io.peakxm.response.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.response.CollectionChannel;
import io.peakxm.response.Receipt;
import io.peakxm.response.ResponseRecorder;
import io.peakxm.response.Submission;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Response submission by API. Send an {@code Idempotency-Key} header to make retries
 * safe: the same key returns the first response (200) instead of recording a second one
 * (201).
 */
@RestController
@PreAuthorize("hasAuthority('RESPONSES_SUBMIT')")
@Tag(name = "Responses")
class ResponsesApiController {

	private final Surveys surveys;

	private final ResponseRecorder recorder;

	ResponsesApiController(Surveys surveys, ResponseRecorder recorder) {
		this.surveys = surveys;
		this.recorder = recorder;
	}

	@PostMapping("/api/v1/surveys/{id}/responses")
	@Operation(summary = "Submit a response to an open survey. answers: {key: value | [values] | {row: value}}; "
			+ "'other' text as key.other; hidden: {field: value}")
	ResponseEntity<Receipt> submit(@PathVariable long id,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestBody ApiSubmission body) {
		var survey = surveys.getForSubmission(CurrentActor.require(), id);
		Submission submission = Submission.builder(CollectionChannel.API, body.language())
			.touchpoint(body.touchpointId())
			.customerRef(body.customerRef())
			.journeyInstanceKey(body.journeyInstanceKey())
			.idempotencyKey(idempotencyKey)
			.answers(flatten(body.answers()))
			.hiddenValues(body.hidden())
			.build();
		Receipt receipt = recorder.submit(survey, submission);
		return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
	}

	/** Turns JSON answers into the form-style keys the validator reads. */
	static Map<String, List<String>> flatten(Map<String, Object> answers) {
		Map<String, List<String>> raw = new HashMap<>();
		if (answers == null) {
			return raw;
		}
		if (answers.size() > 500) {
			throw InvalidInputException.of("answers", "response.tooManyAnswers", 500);
		}
		answers.forEach((key, value) -> put(raw, key, value, 0));
		return raw;
	}

	private static void put(Map<String, List<String>> raw, String key, Object value, int depth) {
		if (value == null) {
			return;
		}
		if (value instanceof Map<?, ?> map && depth == 0) {
			map.forEach((row, v) -> put(raw, key + "." + row, v, depth + 1));
		}
		else if (value instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Map || item instanceof List) {
					throw InvalidInputException.of(key, "response.answerShape");
				}
				raw.computeIfAbsent(key, k -> new ArrayList<>()).add(String.valueOf(item));
			}
		}
		else if (value instanceof Map) {
			throw InvalidInputException.of(key, "response.answerShape");
		}
		else {
			raw.computeIfAbsent(key, k -> new ArrayList<>()).add(String.valueOf(value));
		}
	}

	record ApiSubmission(Map<String, Object> answers, Map<String, String> hidden, String language, Long touchpointId,
			String customerRef, String journeyInstanceKey) {
	}

}
