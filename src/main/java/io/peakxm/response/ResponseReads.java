package io.peakxm.response;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The read port of the response module for modules that compute from responses (insights,
 * rollups): they read the responses through it and never name the response tables, so the
 * tables stay this module's to change. Large reads are streamed (one row at a time with a
 * fetch size, never a list: a survey may have millions of responses); reads by id take
 * lists of any length and query them in chunks.
 * <p>
 * The callers' access checks are theirs: every method trusts the workspace and survey it
 * is given.
 */
public interface ResponseReads {

	/**
	 * Calls {@code each} with the packed scores of every response in a selection, in no
	 * particular order, with the values of the hidden fields {@code fields} (a field a
	 * response lacks is missing from its map). One narrow statement: the analyses of a
	 * journey read a million responses a second this way, so rows carry no id or time.
	 */
	void streamScores(Selection selection, List<String> fields, Consumer<PackedScores> each);

	/**
	 * Calls {@code each} with the newest responses of a selection first, at most
	 * {@code limit}, each with all its hidden fields and its number answers (the profile
	 * a prediction of dissatisfied customers learns from).
	 */
	void streamNewest(Selection selection, int limit, Consumer<Profile> each);

	/**
	 * The most frequent values of a hidden field among a survey's {@code newest} newest
	 * responses, most frequent first (equal counts by value), at most {@code limit} of
	 * them.
	 */
	List<ValueCount> frequentValues(long workspaceId, long surveyId, String field, int newest, int limit);

	/**
	 * Calls {@code each} with the id of every response of a survey committed when the one
	 * statement starts.
	 */
	void streamIds(long workspaceId, long surveyId, LongConsumer each);

	/**
	 * Calls {@code each} with every response of a survey, in id order, with what of it
	 * aggregates and the values of the hidden fields {@code fields}: a whole survey read
	 * in one pass per table (a rebuild of a million answers), not by id.
	 */
	void streamContents(long workspaceId, long surveyId, List<String> fields,
			java.util.function.BiConsumer<Header, ResponseBatchSubmitted.Contents> each);

	/** The responses' own rows, by id (responses deleted meanwhile are missing). */
	Map<Long, Header> headers(Collection<Long> responseIds);

	/**
	 * What of each response aggregates — its answers that carry a number or a chosen
	 * option, and, when asked for, its hidden fields — by id: the same contents a
	 * {@link ResponseBatchSubmitted} event carries, for responses whose event did not (or
	 * that are recounted).
	 */
	Map<Long, ResponseBatchSubmitted.Contents> contents(Collection<Long> responseIds, boolean withFields);

	/**
	 * The free-text answers (short and long text questions, not "other" texts of choices)
	 * of responses, by id, in id order; responses without any are missing.
	 */
	List<Written> texts(Collection<Long> responseIds);

	/**
	 * Calls {@code each} with every free-text answer of a survey's responses, in response
	 * id order (a survey imported or read again as a whole).
	 */
	void streamTexts(long workspaceId, long surveyId, Consumer<Written> each);

	/**
	 * Which responses of a survey to read: submitted in [from, to), of one version and
	 * with a hidden field equal to a value when those are given (null: any).
	 */
	record Selection(long workspaceId, long surveyId, Instant from, Instant to, Integer version, String segmentField,
			String segmentValue) {
	}

	/**
	 * A response's packed scores ({@code survey.ScoreVector}) with the survey version
	 * that defines their slots.
	 */
	record PackedScores(int version, String scores, Map<String, String> fields) {
	}

	/** A response with all its hidden fields and its number answers by question key. */
	record Profile(long responseId, int version, Instant submittedAt, String scores, Map<String, String> fields,
			Map<String, Double> numbers) {
	}

	/** A value of a hidden field and how many responses have it. */
	record ValueCount(String value, long count) {
	}

	/**
	 * A free-text answer with what a reader of customer text needs of its response.
	 *
	 * @param touchpointId the touchpoint the response was collected at, or null
	 * @param customerRef the customer reference given with the response, or null
	 */
	record Written(long responseId, long workspaceId, long surveyId, Instant submittedAt, String language,
			Long touchpointId, String customerRef, String questionKey, String text) {
	}

	/**
	 * A response's own row: what it was answered through and when.
	 *
	 * @param channel the channel's name as stored
	 * @param touchpointId the touchpoint it was collected at, or null
	 */
	record Header(long responseId, long workspaceId, long surveyId, Instant submittedAt, String channel,
			String language, Long touchpointId) {
	}

}
