package io.peakxm.feedback.web;

import java.util.ArrayList;
import java.util.List;

import io.peakxm.feedback.BulkResult;
import io.peakxm.feedback.Feedback;
import io.peakxm.feedback.FeedbackFilter;
import io.peakxm.feedback.FeedbackHit;
import io.peakxm.feedback.FeedbackItem;
import io.peakxm.feedback.NewFeedback;
import io.peakxm.feedback.TextCurve;
import io.peakxm.feedback.TextDashboard;
import io.peakxm.feedback.TextFigures;
import io.peakxm.feedback.TextFigures.TextQuery;
import io.peakxm.shared.BulkPaths;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.shared.WellFormedTextModule;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Customer feedback by API: list and search (Chinese word-segmented, English by word),
 * read, add one (retry-safe with {@code Idempotency-Key}), add up to
 * {@value NewFeedback#MAX_BATCH} at once (a JSON array or NDJSON, one object per line),
 * and delete.
 */
@RestController
@Tag(name = "Feedback")
class FeedbackApiController {

	static final String BULK = "/api/v1/feedback/bulk";

	private final Feedback feedback;

	private final JsonMapper json;

	private final TextFigures figures;

	FeedbackApiController(Feedback feedback, TextFigures figures, JsonMapper json) {
		this.feedback = feedback;
		this.figures = figures;
		this.json = WellFormedTextModule.checking(json);
	}

	@Bean
	static BulkPaths feedbackBulkPaths() {
		return BulkPaths.of(BULK);
	}

	@GetMapping("/api/v1/feedback")
	@PreAuthorize("hasAnyAuthority('ANALYTICS_VIEW', 'CASES_WORK')")
	@Operation(summary = "Feedback newest first, filtered and searched; each item's text cut into parts with the "
			+ "search hits marked. Agents see the feedback on the touchpoints they own")
	PageSlice<FeedbackHit> list(@RequestParam(required = false) String q,
			@Parameter(description = "survey, review, social, call, chat, email, app_store, other") @RequestParam(
					required = false) String source,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@Parameter(description = "negative, neutral or positive") @RequestParam(required = false) String sentiment,
			@RequestParam(required = false) Long touchpoint, @RequestParam(required = false) Long topic,
			@RequestParam(required = false) Integer minRating, @RequestParam(required = false) Integer maxRating,
			@Parameter(description = "zh, en or other") @RequestParam(required = false) String language,
			@Parameter(description = "a field: name:value") @RequestParam(required = false) String field,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		FeedbackFilter filter = FeedbackFilters.of(q, source, from, to, sentiment, touchpoint, topic, minRating,
				maxRating, language, field);
		return feedback.list(CurrentActor.require(), filter, PageRequest.of(page, size, 25));
	}

	@GetMapping("/api/v1/feedback/dashboard")
	@PreAuthorize("hasAuthority('DASHBOARD_VIEW')")
	@Operation(summary = "Text dashboard figures with n and 95 % intervals: sentiment per touchpoint and its change, "
			+ "the sentiment trend (of one touchpoint or all feedback), topics by volume and sentiment, rising topics")
	TextDashboard dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String source, @RequestParam(required = false) String language,
			@RequestParam(required = false) Long touchpoint) {
		return figures.dashboard(CurrentActor.require(),
				TextDashboardController.query(from, to, source, language, touchpoint));
	}

	@GetMapping("/api/v1/feedback/journey-curve")
	@PreAuthorize("hasAuthority('DASHBOARD_VIEW')")
	@Operation(summary = "A journey's emotional curve from what customers wrote (reviews alone will do): per "
			+ "touchpoint the mean sentiment of the clauses about it with n and 95 % interval, and the peak and "
			+ "valley, each tested against the rest of the journey")
	TextCurve journeyCurve(@RequestParam long journey, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String source) {
		TextQuery query = TextDashboardController.query(from, to, source, null, null);
		return figures.journeyCurve(CurrentActor.require(), journey, query.from(), query.to(), query.source());
	}

	@GetMapping("/api/v1/feedback/{id}")
	@PreAuthorize("hasAnyAuthority('ANALYTICS_VIEW', 'CASES_WORK')")
	@Operation(summary = "One item with its analysis: sentiment, touchpoints, emotions, key phrases, staff, topics")
	FeedbackItem get(@PathVariable long id) {
		return feedback.get(CurrentActor.require(), id);
	}

	@GetMapping("/api/v1/feedback/{id}/similar")
	@PreAuthorize("hasAnyAuthority('ANALYTICS_VIEW', 'CASES_WORK')")
	@Operation(summary = "Items sharing most of this one's key phrases")
	List<FeedbackItem> similar(@PathVariable long id) {
		return feedback.similar(CurrentActor.require(), id);
	}

	@PostMapping("/api/v1/feedback")
	@PreAuthorize("hasAuthority('FEEDBACK_MANAGE')")
	@Operation(summary = "Add one item (201), or answer with the item stored before under the same "
			+ "Idempotency-Key or the same source and external id (200)")
	ResponseEntity<Feedback.Added> create(
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestBody NewFeedback body) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
			throw InvalidInputException.of("Idempotency-Key", "response.idempotencyKeyInvalid");
		}
		Feedback.Added added = feedback.add(CurrentActor.require(), body, idempotencyKey);
		return ResponseEntity.status(added.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(added);
	}

	@PostMapping(path = BULK, consumes = { "application/json", "application/x-ndjson" })
	@PreAuthorize("hasAuthority('FEEDBACK_MANAGE')")
	@ResponseStatus(HttpStatus.OK)
	@Operation(summary = "Add many items at once (a JSON array, or NDJSON: one object per line), all or nothing: "
			+ "every problem is named by item; items stored before are counted as duplicates, never stored twice")
	BulkResult bulk(@RequestHeader(name = "Content-Type") String contentType, @RequestBody String body) {
		return feedback.addAll(CurrentActor.require(), parse(contentType, body));
	}

	@DeleteMapping("/api/v1/feedback/{id}")
	@PreAuthorize("hasAuthority('FEEDBACK_MANAGE')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an item and its analysis")
	void delete(@PathVariable long id) {
		feedback.delete(CurrentActor.require(), id);
	}

	private List<NewFeedback> parse(String contentType, String body) {
		if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("ndjson")) {
			return lines(body);
		}
		try {
			NewFeedback[] items = json.readValue(body, NewFeedback[].class);
			return items == null ? List.of() : List.of(items);
		}
		catch (WellFormedTextModule.MalformedText ex) {
			throw new InvalidInputException(List.of(ex.violation()));
		}
		catch (JacksonException ex) {
			throw InvalidInputException.of("body", "feedback.jsonMalformed",
					ex.getLocation() == null ? "?" : ex.getLocation().getLineNr());
		}
	}

	private List<NewFeedback> lines(String body) {
		List<NewFeedback> items = new ArrayList<>();
		List<FieldViolation> problems = new ArrayList<>();
		String[] lines = body.split("\r?\n");
		for (int i = 0; i < lines.length && problems.size() < 100; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			try {
				items.add(json.readValue(lines[i], NewFeedback.class));
			}
			catch (WellFormedTextModule.MalformedText ex) {
				problems
					.add(FieldViolation.of("line " + (i + 1) + "." + ex.violation().field(), ex.violation().code()));
			}
			catch (JacksonException ex) {
				problems.add(FieldViolation.of("line " + (i + 1), "feedback.lineMalformed", i + 1));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return items;
	}

}
