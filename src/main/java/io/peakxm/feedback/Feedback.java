package io.peakxm.feedback;

import java.util.List;
import java.util.Map;

import io.peakxm.feedback.internal.FeedbackReader;
import io.peakxm.feedback.internal.FeedbackWriter;
import io.peakxm.feedback.internal.FeedbackWriter.Created;
import io.peakxm.shared.LocalizedText;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The feedback hub: adds customer text from every channel (one item, a batch of up to
 * {@value NewFeedback#MAX_BATCH}, survey comments by themselves), lists and searches it
 * as the actor may see it, and deletes it. Adding and deleting need
 * {@code FEEDBACK_MANAGE}; reading is decided per item ({@link FeedbackReader}).
 */
@Service
public class Feedback {

	private final FeedbackWriter writer;

	private final FeedbackReader reader;

	Feedback(FeedbackWriter writer, FeedbackReader reader) {
		this.writer = writer;
		this.reader = reader;
	}

	/** Adds one item; see {@link FeedbackWriter#addOne}. */
	public Added add(Actor actor, NewFeedback item, String idempotencyKey) {
		require(actor, Permission.FEEDBACK_MANAGE);
		Created created = writer.addOne(actor.requireWorkspace(), item, idempotencyKey);
		return new Added(reader.get(actor, created.id()), created.duplicate());
	}

	/** Adds a batch, all or nothing; problems are named {@code items[i].field}. */
	public BulkResult addAll(Actor actor, List<NewFeedback> items) {
		require(actor, Permission.FEEDBACK_MANAGE);
		return writer.add(actor.requireWorkspace(), items, "items", null);
	}

	/**
	 * Adds the rows of a file, all or nothing; problems are named {@code row N.field}
	 * with the file's row numbers.
	 */
	public BulkResult addRows(Actor actor, List<NewFeedback> items, List<Integer> rowNumbers) {
		require(actor, Permission.FEEDBACK_MANAGE);
		return writer.add(actor.requireWorkspace(), items, "row", rowNumbers);
	}

	public PageSlice<FeedbackHit> list(Actor actor, FeedbackFilter filter, PageRequest page) {
		return reader.page(actor, filter, page);
	}

	public FeedbackItem get(Actor actor, long id) {
		return reader.get(actor, id);
	}

	public List<FeedbackItem> similar(Actor actor, long id) {
		return reader.similar(actor, id);
	}

	/** The touchpoints feedback can be about, by id, in journey order. */
	public Map<Long, LocalizedText> touchpointNames(Actor actor) {
		return reader.touchpointNames(actor);
	}

	public void delete(Actor actor, long id) {
		require(actor, Permission.FEEDBACK_MANAGE);
		if (!writer.delete(actor.requireWorkspace(), id)) {
			throw new NotFoundException("feedback.notFound");
		}
	}

	private static void require(Actor actor, Permission permission) {
		if (!actor.can(permission)) {
			throw new AccessDeniedException("needs " + permission);
		}
	}

	/** An item added (or found: {@code duplicate}) by a single creation. */
	public record Added(FeedbackItem item, boolean duplicate) {
	}

}
