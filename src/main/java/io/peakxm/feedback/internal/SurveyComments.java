package io.peakxm.feedback.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.peakxm.feedback.FeedbackSource;
import io.peakxm.response.ResponseBatchSubmitted;
import io.peakxm.response.ResponseDeleting;
import io.peakxm.response.ResponseReads;
import io.peakxm.response.ResponseReads.Written;
import io.peakxm.response.ResponseSubmitted;
import io.peakxm.response.ResponsesImported;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes feedback of the free-text answers of survey responses, as they are submitted or
 * imported. Each answer becomes one item with source SURVEY and external id
 * {@code response-<id>-<question>}, so a redelivered event (or an import read again) adds
 * nothing. A response deleted takes its items with it.
 * <p>
 * The listener ids are stored with every event publication (docs/metrics.md, "Stored
 * names"): never rename them.
 */
@Component
class SurveyComments {

	static final String BATCH_LISTENER = "feedback.comments.add-submitted";

	static final String IMPORT_LISTENER = "feedback.comments.add-imported";

	/** Answers read per batch of an imported survey. */
	static final int IMPORT_BATCH = 2_000;

	private final ResponseReads responses;

	private final Surveys surveys;

	private final FeedbackWriter writer;

	private final FeedbackStore store;

	private final CommentIntake.Pace pace;

	SurveyComments(ResponseReads responses, Surveys surveys, FeedbackWriter writer, FeedbackStore store,
			FeedbackProperties properties) {
		this.pace = new CommentIntake.Pace(properties.commentShare());
		this.responses = responses;
		this.surveys = surveys;
		this.writer = writer;
		this.store = store;
	}

	/**
	 * On the comment intake's own thread ({@link CommentIntake}), paced, without a
	 * transaction of its own ({@code NOT_SUPPORTED}): the writer stores each batch in one
	 * transaction. The publication is completed when the comments are stored, so a batch
	 * still waiting at a restart is republished.
	 */
	@Async(CommentIntake.EXECUTOR)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@TransactionalEventListener(id = BATCH_LISTENER)
	void on(ResponseBatchSubmitted batch) {
		pace.run(() -> add(responses.texts(batch.responses().stream().map(ResponseSubmitted::responseId).toList()),
				batch.contentsById()));
	}

	@ApplicationModuleListener(id = IMPORT_LISTENER)
	void on(ResponsesImported event) {
		List<Written> pending = new ArrayList<>();
		responses.streamTexts(event.workspaceId(), event.surveyId(), written -> {
			pending.add(written);
			if (pending.size() >= IMPORT_BATCH) {
				add(List.copyOf(pending), Map.of());
				pending.clear();
			}
		});
		add(pending, Map.of());
	}

	/** In the deleting transaction, so the response and its feedback go together. */
	@EventListener
	void on(ResponseDeleting event) {
		store.deleteOfResponse(event.workspaceId(), event.responseId());
	}

	/**
	 * Adds the texts as feedback; the responses' hidden fields come from {@code carried}
	 * (what the batch events carry) and are read only for responses they lack (imports,
	 * events recorded before they carried contents).
	 */
	private void add(List<Written> texts, Map<Long, ResponseBatchSubmitted.Contents> carried) {
		if (texts.isEmpty()) {
			return;
		}
		Map<Long, ResponseBatchSubmitted.Contents> contents = new HashMap<>(carried);
		List<Long> missing = texts.stream()
			.map(Written::responseId)
			.distinct()
			.filter(id -> !carried.containsKey(id))
			.toList();
		if (!missing.isEmpty()) {
			contents.putAll(responses.contents(missing, true));
		}
		Map<Long, List<Prepared>> byWorkspace = new HashMap<>();
		Map<Long, Optional<Survey>> surveyCache = new HashMap<>();
		for (Written w : texts) {
			String text = w.text().strip();
			if (text.isEmpty()) {
				continue;
			}
			Long journeyId = surveyCache.computeIfAbsent(w.surveyId(), id -> surveys.find(w.workspaceId(), id))
				.map(s -> s.definition().journeyId())
				.orElse(null);
			byWorkspace.computeIfAbsent(w.workspaceId(), k -> new ArrayList<>())
				.add(new Prepared(FeedbackSource.SURVEY, "response-" + w.responseId() + "-" + w.questionKey(), null,
						null, null, null, text, null, w.submittedAt(), null, w.customerRef(), journeyId,
						w.touchpointId(), fields(contents.get(w.responseId())), w.responseId(), w.surveyId(),
						w.questionKey()));
		}
		byWorkspace.forEach(writer::addChecked);
	}

	/** The response's hidden fields, as far as feedback fields can hold them. */
	private static Map<String, String> fields(ResponseBatchSubmitted.Contents contents) {
		Map<String, String> fields = new HashMap<>();
		if (contents != null) {
			contents.fields().forEach((name, value) -> {
				if (fields.size() < Intake.MAX_FIELDS && name.length() <= Intake.MAX_FIELD_NAME
						&& value.length() <= Intake.MAX_SHORT) {
					fields.put(name, value);
				}
			});
		}
		return fields;
	}

}
